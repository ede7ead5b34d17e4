namespace IlluminatePerms.Generator.Model;

/// <summary>The text of an AdditionalFile that is the permission spec.</summary>
/// <param name="Path">The file's path, for diagnostic locations.</param>
/// <param name="Text">The file's text; null when the file could not be read.</param>
internal sealed record SpecSource(string Path, string? Text);
