using System.Collections.Generic;
using IlluminatePerms.Grants;

namespace IlluminatePerms.Spec;

/// <summary>One permission row of the spec: an area, the access the product needs on it, and why.</summary>
#if BUILDING_SOURCE_GENERATOR
internal sealed class SpecRow
#else
public sealed class SpecRow
#endif
{
    internal SpecRow(AeriesArea area, AeriesAccess access, string group, string reason, IReadOnlyList<string> features, CsvRecord record, CsvField areaField, CsvField accessField, CsvField? featureField)
    {
        Features = features;
        FeatureSpan = featureField?.Span ?? record.Span;
        Area = area;
        Access = access;
        Group = group;
        Reason = reason;
        Span = record.Span;
        AreaSpan = areaField.Span;
        AccessSpan = accessField.Span;
        AreaText = areaField.Value;
        AccessText = accessField.Value;
    }

    /// <summary>The catalogued area.</summary>
    public AeriesArea Area { get; }

    /// <summary>The access the product needs.</summary>
    public AeriesAccess Access { get; }

    /// <summary>The grant this row asks for.</summary>
    public Grant Grant => new(Area, Access);

    /// <summary>The group as written (empty when the spec has no group column).</summary>
    public string Group { get; }

    /// <summary>Why the product needs the grant.</summary>
    public string Reason { get; }

    /// <summary>
    /// The product features this grant serves, from the optional Feature column ("Rostering; Gradebook sync"),
    /// as written, in the author's order; empty when the spec has no such column or the field is blank.
    /// </summary>
    public IReadOnlyList<string> Features { get; }

    /// <summary>The area as written in the spec (may be an alias).</summary>
    public string AreaText { get; }

    /// <summary>The access as written in the spec.</summary>
    public string AccessText { get; }

    /// <summary>The 1-based line the row starts on.</summary>
    public int Line => Span.Line;

    /// <summary>Where the row stands.</summary>
    public SourceSpan Span { get; }

    /// <summary>Where the area field stands.</summary>
    public SourceSpan AreaSpan { get; }

    /// <summary>Where the access field stands.</summary>
    public SourceSpan AccessSpan { get; }

    /// <summary>Where the feature field stands (the whole row when the spec has no Feature column), for diagnostics about a feature's name.</summary>
    internal SourceSpan FeatureSpan { get; }
}
