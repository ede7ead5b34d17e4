namespace IlluminatePerms.Spec;

/// <summary>One field of a CSV record: its unquoted value and where it stands in the text.</summary>
internal sealed class CsvField
{
    internal CsvField(string value, SourceSpan span, bool quoted)
    {
        Value = value;
        Span = span;
        IsQuoted = quoted;
    }

    /// <summary>The value with quotes removed and doubled quotes undone.</summary>
    public string Value { get; }

    /// <summary>Where the field stands, quotes included.</summary>
    public SourceSpan Span { get; }

    /// <summary>True when the field was written in double quotes.</summary>
    public bool IsQuoted { get; }
}
