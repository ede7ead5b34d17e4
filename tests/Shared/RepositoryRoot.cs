using System;
using System.IO;

namespace IlluminatePerms.Tests.Shared;

/// <summary>The checkout the tests run from: the folder above the test assembly that holds IlluminatePerms.sln.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "IlluminatePerms.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("IlluminatePerms.sln not found above the test assembly.");
    }
}
