namespace IlluminatePerms.Generator.Model;

/// <summary>
/// A diagnostic as plain values: a Roslyn <c>Location</c> is not equatable, so the pipeline carries
/// the path and span and the output step builds the location.
/// </summary>
internal sealed record DiagnosticInfo(
    string Id,
    string Message,
    string? FilePath,
    int Offset,
    int Length,
    int StartLine,
    int StartColumn,
    int EndLine,
    int EndColumn);
