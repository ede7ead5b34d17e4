using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using IlluminatePerms.Tests.Shared;
using Xunit;

namespace IlluminatePerms.Cli.Tests.Docs;

/// <summary>
/// Every link of the repository's Markdown that points into the repository leads somewhere: a relative
/// link to a file or folder that exists, and its #anchor to a heading of that file. Links of the package
/// READMEs to this repository on GitHub (absolute, so they work on the package page) are held to the same.
/// </summary>
public sealed class DocLinkTests
{
    /// <summary>Where the package READMEs point for the repository's files.</summary>
    private const string RepositoryOnGitHub = "https://github.com/illuminateperms/illuminateperms/blob/main/";

    [Fact]
    public void Every_link_into_the_repository_resolves_to_a_file_and_heading()
    {
        var files = RepositoryDocs.All();
        var problems = new List<string>();
        var checkedLinks = 0;

        foreach (var file in files)
        {
            foreach (var link in file.Links)
            {
                if (Resolve(file, link.Target) is not { } target)
                {
                    continue;
                }

                checkedLinks++;
                if (Problem(target.Path, target.Anchor) is { } problem)
                {
                    problems.Add($"{RepositoryDocs.Name(file)}:{link.Line}: {link.Target}: {problem}");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
        // The README alone holds dozens of such links: finding none would mean the scan is broken.
        Assert.True(checkedLinks > 50, $"links checked: {checkedLinks}");
    }

    [Theory]
    [InlineData("## `check`", "check")]
    [InlineData("## Many districts: the inventory check", "many-districts-the-inventory-check")]
    [InlineData("### check --inventory: 500 districts, one standalone mock, 50 ms latency", "check---inventory-500-districts-one-standalone-mock-50-ms-latency")]
    [InlineData("# `illuminate-perms check --format json`: the report's shape", "illuminate-perms-check---format-json-the-reports-shape")]
    public void Anchors_are_made_as_github_makes_them(string heading, string anchor)
        => Assert.Equal(anchor, MarkdownFile.Anchor(heading.TrimStart('#', ' ')));

    /// <summary>The file (full path) and anchor a link points at, or null for a link out of the repository.</summary>
    private static (string Path, string? Anchor)? Resolve(MarkdownFile from, string target)
    {
        string relative;
        string folder;
        if (target.StartsWith(RepositoryOnGitHub, StringComparison.Ordinal))
        {
            relative = target[RepositoryOnGitHub.Length..];
            folder = RepositoryRoot.Path;
        }
        else if (target.Contains("://", StringComparison.Ordinal) || target.StartsWith("mailto:", StringComparison.Ordinal))
        {
            return null;
        }
        else
        {
            relative = target;
            folder = Path.GetDirectoryName(from.Path)!;
        }

        var hash = relative.IndexOf('#', StringComparison.Ordinal);
        var anchor = hash < 0 ? null : relative[(hash + 1)..];
        var path = hash < 0 ? relative : relative[..hash];
        return (path.Length == 0 ? from.Path : Path.GetFullPath(Path.Combine(folder, Uri.UnescapeDataString(path))), anchor);
    }

    /// <summary>What is wrong with a link to <paramref name="path"/>#<paramref name="anchor"/>, or null when it resolves.</summary>
    private static string? Problem(string path, string? anchor)
    {
        if (!File.Exists(path))
        {
            return Directory.Exists(path) && anchor is null ? null : "no such file";
        }

        if (anchor is null)
        {
            return null;
        }

        if (!path.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            return "an anchor into a file that is not Markdown";
        }

        var headings = MarkdownFile.Read(path).Headings;
        return headings.Any(h => h.Anchor == anchor) ? null : $"no heading with anchor #{anchor}";
    }
}
