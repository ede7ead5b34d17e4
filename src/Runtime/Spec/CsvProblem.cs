namespace IlluminatePerms.Spec;

/// <summary>A place where the text breaks RFC 4180 (an unterminated or stray quote).</summary>
internal sealed class CsvProblem
{
    internal CsvProblem(string message, SourceSpan span)
    {
        Message = message;
        Span = span;
    }

    /// <summary>What is wrong, in a sentence.</summary>
    public string Message { get; }

    /// <summary>Where.</summary>
    public SourceSpan Span { get; }
}
