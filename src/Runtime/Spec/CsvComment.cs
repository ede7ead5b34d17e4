namespace IlluminatePerms.Spec;

/// <summary>A '#' comment line, kept because comments carry the spec's product name.</summary>
internal sealed class CsvComment
{
    internal CsvComment(string text, SourceSpan span)
    {
        Text = text;
        Span = span;
    }

    /// <summary>The text after '#', trimmed.</summary>
    public string Text { get; }

    /// <summary>Where the comment line stands.</summary>
    public SourceSpan Span { get; }
}
