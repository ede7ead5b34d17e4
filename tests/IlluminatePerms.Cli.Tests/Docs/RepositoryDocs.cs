using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using IlluminatePerms.Tests.Shared;

namespace IlluminatePerms.Cli.Tests.Docs;

/// <summary>The repository's Markdown files, as a clone holds them (never build output or tool caches).</summary>
internal static class RepositoryDocs
{
    /// <summary>Folders that hold no documentation of ours: build output, test results, benchmark artifacts, hidden folders.</summary>
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase) { "bin", "obj", "node_modules", "TestResults", "BenchmarkDotNet.Artifacts", "feed" };

    /// <summary>The file at <paramref name="relativePath"/> ("docs/cli.md") of the repository.</summary>
    public static MarkdownFile Read(string relativePath) => MarkdownFile.Read(System.IO.Path.Combine(RepositoryRoot.Path, relativePath));

    /// <summary>Every Markdown file of the repository.</summary>
    public static IReadOnlyList<MarkdownFile> All() => [.. Find(new DirectoryInfo(RepositoryRoot.Path)).Select(f => MarkdownFile.Read(f.FullName))];

    /// <summary>The path of <paramref name="file"/> from the repository's root, with forward slashes.</summary>
    public static string Name(MarkdownFile file) => System.IO.Path.GetRelativePath(RepositoryRoot.Path, file.Path).Replace('\\', '/');

    private static IEnumerable<FileInfo> Find(DirectoryInfo directory)
    {
        foreach (var file in directory.EnumerateFiles("*.md"))
        {
            yield return file;
        }

        foreach (var child in directory.EnumerateDirectories().Where(d => !d.Name.StartsWith('.') && !Skipped.Contains(d.Name)))
        {
            foreach (var file in Find(child))
            {
                yield return file;
            }
        }
    }
}
