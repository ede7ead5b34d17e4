using System.Collections.Generic;

namespace IlluminatePerms.Spec;

/// <summary>What <see cref="CsvReader"/> found in a text: records, comment lines and RFC 4180 problems.</summary>
internal sealed class CsvDocument
{
    internal CsvDocument(IReadOnlyList<CsvRecord> records, IReadOnlyList<CsvComment> comments, IReadOnlyList<CsvProblem> problems)
    {
        Records = records;
        Comments = comments;
        Problems = problems;
    }

    /// <summary>The records, in order; blank and comment lines are not records.</summary>
    public IReadOnlyList<CsvRecord> Records { get; }

    /// <summary>The '#' comment lines, in order.</summary>
    public IReadOnlyList<CsvComment> Comments { get; }

    /// <summary>Places that break RFC 4180. The reader still returns its best reading of them.</summary>
    public IReadOnlyList<CsvProblem> Problems { get; }
}
