using System.Collections.Generic;

namespace IlluminatePerms.Spec;

/// <summary>One CSV record (usually one line; more when a quoted field holds line breaks).</summary>
internal sealed class CsvRecord
{
    internal CsvRecord(IReadOnlyList<CsvField> fields, SourceSpan span)
    {
        Fields = fields;
        Span = span;
    }

    /// <summary>The fields, in order.</summary>
    public IReadOnlyList<CsvField> Fields { get; }

    /// <summary>The record's text, without its line break.</summary>
    public SourceSpan Span { get; }
}
