using System.IO;
using System.Text;

namespace IlluminatePerms.Cli.Output;

/// <summary>Writes a file so a reader sees the old content or the whole new one, never half: a temp file beside it, then a rename.</summary>
internal static class AtomicFile
{
    /// <summary>Writes <paramref name="text"/> to <paramref name="path"/> (UTF-8, no BOM).</summary>
    /// <exception cref="CliException">The directory does not exist or cannot be written.</exception>
    public static void Write(string path, string text)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (!Directory.Exists(directory))
        {
            throw new CliException($"cannot write {path}: the directory {directory} does not exist.");
        }

        var temp = Path.Combine(directory, $".{Path.GetFileName(path)}.{System.Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllText(temp, text, new UTF8Encoding(false));
            File.Move(temp, path, overwrite: true);
        }
        catch (IOException exception)
        {
            File.Delete(temp);
            throw new CliException($"cannot write {path}: {exception.Message}", exception);
        }
        catch (System.UnauthorizedAccessException exception)
        {
            File.Delete(temp);
            throw new CliException($"cannot write {path}: permission denied.", exception);
        }
    }
}
