namespace IlluminatePerms.MockAeries.Replay;

/// <summary>An answer read from a recording: served as it was recorded when its request comes again.</summary>
/// <param name="File">The recording it came from (named in the journal-free messages of a test that wonders where an answer came from).</param>
/// <param name="StatusCode">The recorded status.</param>
/// <param name="Body">The recorded body, empty for none.</param>
/// <param name="ContentType">The recorded Content-Type, or null.</param>
internal sealed record RecordedAnswer(string File, int StatusCode, byte[] Body, string? ContentType);
