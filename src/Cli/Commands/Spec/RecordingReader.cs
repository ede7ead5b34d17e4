using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using IlluminatePerms.Cli.Files;
using IlluminatePerms.MockAeries.Replay;

namespace IlluminatePerms.Cli.Commands.Spec;

/// <summary>
/// The requests of a recording directory written by <c>proxy --record</c> (docs/recordings.md): one
/// <c>*.json</c> file per exchange. Each file is read capped (a device, a pipe, a huge or binary file
/// is refused), and a file that is not a recording stops the reading with its name, as the mock's
/// replay does: a half-read directory would infer a smaller spec than the traffic needs.
/// </summary>
internal static class RecordingReader
{
    /// <summary>Files read at most: the mock's replay reads as many.</summary>
    public const int MaxFiles = 100_000;

    /// <summary>The requests recorded in <paramref name="directory"/>, in file name order (the order they were made).</summary>
    /// <exception cref="CliException">Not a directory, no recording in it, too many files, or a file that is not a recording.</exception>
    public static List<TrafficRequest> Read(string directory)
    {
        switch (FileKinds.Of(directory))
        {
            case FileKind.Missing:
                throw new CliException($"the recording directory {directory} does not exist: give the directory of 'illuminate-perms proxy --record DIR'.");
            case FileKind.Directory:
                break;
            default:
                throw new CliException($"--from-recording {directory} is not a directory: give the directory of 'illuminate-perms proxy --record DIR'.");
        }

        var files = Directory.EnumerateFiles(directory, "*.json").Take(MaxFiles + 1).ToList();
        if (files.Count > MaxFiles)
        {
            throw new CliException($"{directory} holds more than {MaxFiles:N0} recordings; a proxy run records at most 10,000. Give the directory of one run.");
        }

        if (files.Count == 0)
        {
            throw new CliException($"{directory} holds no recording (*.json): record with 'illuminate-perms proxy --record {directory}' first.");
        }

        return files.OrderBy(file => file, StringComparer.Ordinal).Select(ReadFile).ToList();
    }

    private static TrafficRequest ReadFile(string path)
    {
        using (var document = CappedJson.Read(path, "recording", string.Empty, "recordings are the JSON files of 'illuminate-perms proxy --record'."))
        {
            try
            {
                var exchange = RecordedExchange.Read(document.RootElement);
                return new TrafficRequest(exchange.Method, exchange.Path, exchange.Status, Path.GetFileName(path));
            }
            catch (InvalidDataException exception)
            {
                throw new CliException($"{path} cannot be read as a recording of 'illuminate-perms proxy --record': {exception.Message}.", exception);
            }
        }
    }
}
