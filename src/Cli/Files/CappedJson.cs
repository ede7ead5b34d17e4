using System.Text.Json;

namespace IlluminatePerms.Cli.Files;

/// <summary>A JSON input file (a build log, a recording, a request log), read through <see cref="CappedFile"/> and parsed, or refused with a message.</summary>
internal static class CappedJson
{
    /// <summary>The parsed document of the file at <paramref name="path"/>; the caller disposes it.</summary>
    /// <param name="path">The file, as resolved.</param>
    /// <param name="what">What the file is, for messages ("SARIF log", "recording").</param>
    /// <param name="missingAdvice">The sentence that follows "… does not exist." (what to give instead).</param>
    /// <param name="notJsonAdvice">What to give instead when the file is not JSON.</param>
    /// <exception cref="CliException">The file is refused by <see cref="CappedFile"/>, or is not JSON.</exception>
    public static JsonDocument Read(string path, string what, string missingAdvice, string notJsonAdvice)
    {
        var text = CappedFile.ReadText(path, what, CappedFile.LogCap, missingAdvice);
        try
        {
            return JsonDocument.Parse(text);
        }
        catch (JsonException exception)
        {
            throw new CliException($"the {what} {path} is not JSON ({exception.Message}): {notJsonAdvice}", exception);
        }
    }
}
