using System.Collections.Generic;
using System.Linq;
using IlluminatePerms.Grants;

namespace IlluminatePerms.Spec;

/// <summary>A parsed permission spec: the product, its permission rows and the problems found.</summary>
#if BUILDING_SOURCE_GENERATOR
internal sealed partial class PermissionSpec
#else
public sealed partial class PermissionSpec
#endif
{
    /// <summary>The header a new permissions.csv gets: the column names as the Aeries article writes them.</summary>
    public const string CanonicalHeader = SpecColumns.CanonicalHeader;

    internal PermissionSpec(string? productName, string? comment, SpecColumns? columns, IReadOnlyList<SpecRow> rows, IReadOnlyList<SpecDiagnostic> diagnostics)
    {
        Columns = columns;
        ProductName = productName;
        Comment = comment;
        Rows = rows;
        Diagnostics = diagnostics;
        Grants = GrantSet.Of(rows.Select(row => row.Grant));
        Features = SpecFeature.Gather(rows);
    }

    /// <summary>The product name for the Aeries "Product Name" field (from a "# Product Name:" line), if given.</summary>
    public string? ProductName { get; }

    /// <summary>The text for the Aeries "Comment" field (from a "# Comment:" line), if given.</summary>
    public string? Comment { get; }

    /// <summary>Where each column stands, read from the header; null when the header is missing.</summary>
    internal SpecColumns? Columns { get; }

    /// <summary>The valid rows, in the author's order. Rows with errors are left out.</summary>
    public IReadOnlyList<SpecRow> Rows { get; }

    /// <summary>Every problem found, in text order.</summary>
    public IReadOnlyList<SpecDiagnostic> Diagnostics { get; }

    /// <summary>The grants of all valid rows.</summary>
    public GrantSet Grants { get; }

    /// <summary>
    /// The product features the spec names in its Feature column, in order of first mention, each with the
    /// grants of every row that serves it; empty when the spec has no Feature column.
    /// </summary>
    public IReadOnlyList<SpecFeature> Features { get; }

    /// <summary>True when any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == SpecSeverity.Error);

    /// <summary>
    /// True when the header could not be read (another separator, a missing column): no row was
    /// read, so checking code against the spec would only repeat the one real error at every call.
    /// </summary>
    internal bool IsUnreadable => Columns is null
        && Diagnostics.Any(d => d.Id == SpecDiagnosticIds.MissingHeader || d.Id == SpecDiagnosticIds.WrongSeparator);
}
