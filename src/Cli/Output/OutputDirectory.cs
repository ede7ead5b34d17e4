using System;
using System.IO;
using IlluminatePerms.Cli.Files;

namespace IlluminatePerms.Cli.Output;

/// <summary>The directory an inventory run writes its reports and summary into.</summary>
internal static class OutputDirectory
{
    /// <summary>Creates <paramref name="path"/> (and its parents) unless it is a directory already.</summary>
    /// <exception cref="CliException">Something else is at the path, or the directory cannot be created.</exception>
    public static void Create(string path)
    {
        switch (FileKinds.Of(path))
        {
            case FileKind.Directory:
                return;
            case FileKind.Missing when FileKinds.OfEntry(path) == FileKind.Missing:
                break;
            default:
                throw new CliException($"--output {path} is not a directory (a file or a link to none is there), but an inventory writes a directory of reports and summary.json: give a directory's path.");
        }

        try
        {
            Directory.CreateDirectory(path);
        }
        catch (IOException exception)
        {
            throw new CliException($"cannot create the directory {path}: {exception.Message}", exception);
        }
        catch (UnauthorizedAccessException exception)
        {
            throw new CliException($"cannot create the directory {path}: permission denied.", exception);
        }
    }
}
