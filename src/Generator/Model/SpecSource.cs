namespace IlluminatePerms.Generator.Model;

/// <summary>The text of an AdditionalFile that is the permission spec.</summary>
/// <param name="Path">The file's path, for diagnostic locations.</param>
/// <param name="Text">The file's text; null when the file could not be read.</param>
/// <param name="LegacyEncoding">
/// The name of the legacy code page the compiler decoded the file with (it falls back to the
/// system's ANSI code page, on Windows, when the bytes are not UTF-8), or null for Unicode.
/// </param>
internal sealed record SpecSource(string Path, string? Text, string? LegacyEncoding);
