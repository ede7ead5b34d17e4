using System.IO;
using System.Text.Json;

namespace IlluminatePerms.MockAeries.Server.Settings;

/// <summary>The <c>--config</c> file: one JSON object of <see cref="MockSettings"/>; comments and trailing commas allowed.</summary>
internal static class SettingsFile
{
    /// <summary>The settings in <paramref name="path"/>, its spec path made relative to the file's folder.</summary>
    /// <exception cref="SettingsException">The file cannot be read, is not JSON (line and column named), or holds an unknown key or a wrong value.</exception>
    public static MockSettings Read(string path)
    {
        var where = $"config file {path}";
        var text = CappedText.Read(path, "config file");
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 16 });
        }
        catch (JsonException error)
        {
            // The reader counts from 0; people count lines and columns from 1.
            throw new SettingsException($"{where}: not valid JSON at line {error.LineNumber + 1}, column {error.BytePositionInLine + 1}.", error);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new SettingsException($"{where}: the settings must be one JSON object {{ … }}, not {document.RootElement.ValueKind.ToString().ToLowerInvariant()}.");
            }

            var settings = SettingsJson.Read<MockSettings>(document.RootElement, where);
            var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? string.Empty;
            return settings with
            {
                Spec = settings.Spec is { } spec ? Path.Combine(folder, spec) : null,
                Replay = settings.Replay is { } replay ? Path.Combine(folder, replay) : null,
            };
        }
    }
}
