using System;
using System.IO;
using System.Runtime.CompilerServices;
using Xunit;

namespace IlluminatePerms.Tests.Shared;

/// <summary>
/// Compares text with a checked-in approved file in the nearest Baselines/ folder above the calling
/// test. Set ILLUMINATEPERMS_UPDATE_BASELINES=1 to rewrite the file instead (then review the diff like
/// any other change).
/// </summary>
internal static class Baseline
{
    public static void Match(string actual, string fileName, [CallerFilePath] string callerPath = "")
    {
        var path = Path.Combine(Folder(callerPath), fileName);
        if (Environment.GetEnvironmentVariable("ILLUMINATEPERMS_UPDATE_BASELINES") == "1")
        {
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"No baseline {path}: run the tests once with ILLUMINATEPERMS_UPDATE_BASELINES=1.");
        var expectedLines = File.ReadAllText(path).Replace("\r\n", "\n").Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Min(expectedLines.Length, actualLines.Length); i++)
        {
            Assert.True(expectedLines[i] == actualLines[i], $"{fileName} line {i + 1} differs.\nexpected: {expectedLines[i]}\nactual:   {actualLines[i]}");
        }

        Assert.Equal(expectedLines.Length, actualLines.Length);
    }

    /// <summary>The Baselines/ folder that <see cref="Match"/> reads for the calling test.</summary>
    public static string Folder([CallerFilePath] string callerPath = "") => Path.Combine(FindTestProjectDirectory(callerPath), "Baselines");

    private static string FindTestProjectDirectory(string callerPath)
    {
        for (var directory = Path.GetDirectoryName(callerPath); directory is not null; directory = Path.GetDirectoryName(directory))
        {
            if (Directory.Exists(Path.Combine(directory, "Baselines")))
            {
                return directory;
            }
        }

        throw new InvalidOperationException($"No Baselines folder above {callerPath}.");
    }
}
