using System;
using System.Collections.Generic;
using System.IO;
using IlluminatePerms.Cli.SpecChoice;
using IlluminatePerms.Grants;
using IlluminatePerms.Spec;

namespace IlluminatePerms.Cli.Reports;

/// <summary>
/// Where a check's spec stands, for reports that point at it (SARIF's physical locations): the file
/// and the line of each grant's row.
/// </summary>
internal sealed class SpecLocation
{
    /// <summary>The id of the base URI a relative <see cref="Uri"/> is resolved against (SARIF's usual name for it).</summary>
    public const string BaseId = "%SRCROOT%";

    /// <summary>The spec path SARIF shows for the embedded spec: where it stands in the tool's repository.</summary>
    private const string EmbeddedPath = "spec/permissions.csv";

    private readonly Dictionary<(string Area, string Access), int> lines = new();

    private SpecLocation(string uri, string? baseUri, string? description)
    {
        Uri = uri;
        BaseUri = baseUri;
        Description = description;
    }

    /// <summary>The spec's URI: relative to <see cref="BaseUri"/> when that is set, else an absolute file URI or the embedded spec's path.</summary>
    public string Uri { get; }

    /// <summary>The working folder as a file URI ending in '/', when <see cref="Uri"/> is relative to it.</summary>
    public string? BaseUri { get; }

    /// <summary>What the file is when it is not on this machine (the spec embedded in the tool); null for a file.</summary>
    public string? Description { get; }

    /// <summary>The location of the spec a command chose: its file, or the embedded spec when it is the bundled example.</summary>
    public static SpecLocation Of(ChosenSpec chosen, string workingDirectory)
        => Of(chosen.Spec, chosen.IsBundledExample ? null : chosen.Name, workingDirectory);

    /// <summary>The location of <paramref name="spec"/>, read from <paramref name="specFile"/> (null: the embedded spec).</summary>
    /// <param name="spec">The parsed spec, whose rows know their lines.</param>
    /// <param name="specFile">The spec's full path, or null for the spec embedded in the tool.</param>
    /// <param name="workingDirectory">The folder the user ran the tool in: a spec under it is named relative to it.</param>
    public static SpecLocation Of(PermissionSpec spec, string? specFile, string workingDirectory)
    {
        SpecLocation location;
        if (specFile is null)
        {
            location = new SpecLocation(EmbeddedPath, null, "The permission spec embedded in illuminate-perms (spec/permissions.csv of its repository).");
        }
        else
        {
            var folder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(workingDirectory)) + Path.DirectorySeparatorChar;
            var file = Path.GetFullPath(specFile);
            location = file.StartsWith(folder, StringComparison.Ordinal)
                ? new SpecLocation(RelativeUri(Path.GetRelativePath(folder, file)), new Uri(folder).AbsoluteUri, null)
                : new SpecLocation(new Uri(file).AbsoluteUri, null, null);
        }

        foreach (var row in spec.Rows)
        {
            foreach (var level in AccessText.Levels)
            {
                // One row may hold several levels ("Read, Update"); the first row of an area wins, as the parser reports a repeat.
                if ((row.Access & level) != 0)
                {
                    location.lines.TryAdd((row.Area.Name, level.ToString()), row.Line);
                }
            }
        }

        return location;
    }

    /// <summary>The 1-based line of the row granting <paramref name="access"/> on <paramref name="area"/>; null when the spec has no such row.</summary>
    public int? LineOf(string area, string access) => lines.TryGetValue((area, access), out var line) ? line : null;

    /// <summary>A relative path as a URI reference: '/' between segments, each segment escaped.</summary>
    private static string RelativeUri(string relativePath)
        => string.Join('/', Array.ConvertAll(relativePath.Split(Path.DirectorySeparatorChar), System.Uri.EscapeDataString));
}
