using System;
using System.IO;

namespace IlluminateSync.Tests;

/// <summary>The repository the tests run in (found above the test output).</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "IlluminatePerms.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("IlluminatePerms.sln not found above the test output.");
    }
}
