using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Xunit;

namespace IlluminatePerms.Cli.Tests.Docs;

/// <summary>
/// A command as its --help shows it: its path ("" for the tool itself, "spec add-missing"), options and
/// subcommands, whether it has a description, and the entries (arguments, options, subcommands) shown with none.
/// </summary>
internal sealed record ToolCommand(string Path, IReadOnlySet<string> Options, IReadOnlyList<string> Subcommands, bool Described, IReadOnlyList<string> Undescribed);

/// <summary>
/// The tool's commands and options as the tool itself lists them: the root's --help, then each
/// command's, so the documentation is held to what a user can type, not to a list kept by hand.
/// </summary>
internal static partial class ToolHelp
{
    /// <summary>Every command by path, the root ("") included.</summary>
    public static async Task<IReadOnlyDictionary<string, ToolCommand>> ReadAsync()
    {
        var commands = new Dictionary<string, ToolCommand>();
        var pending = new Queue<string>([string.Empty]);
        while (pending.Count > 0)
        {
            var path = pending.Dequeue();
            var command = await ReadAsync(path);
            commands.Add(path, command);
            foreach (var subcommand in command.Subcommands)
            {
                pending.Enqueue(path.Length == 0 ? subcommand : $"{path} {subcommand}");
            }
        }

        return commands;
    }

    /// <summary>The commands a user runs: those without subcommands of their own ("spec add-missing", not "spec").</summary>
    public static IEnumerable<ToolCommand> Leaves(IReadOnlyDictionary<string, ToolCommand> commands)
        => commands.Values.Where(c => c.Path.Length > 0 && c.Subcommands.Count == 0);

    private static async Task<ToolCommand> ReadAsync(string path)
    {
        string[] args = [.. path.Split(' ', System.StringSplitOptions.RemoveEmptyEntries), "--help"];
        var help = await CliRun.RunAsync(args);
        Assert.Equal(0, help.ExitCode);

        var options = new HashSet<string>();
        var subcommands = new List<string>();
        var undescribed = new List<string>();
        var described = false;
        var part = string.Empty;
        foreach (var line in help.Out.Replace("\r", string.Empty, System.StringComparison.Ordinal).Split('\n'))
        {
            if (PartTitle().IsMatch(line))
            {
                part = line;
                continue;
            }

            if (part == "Description:" && line.Trim().Length > 0)
            {
                described = true;
                continue;
            }

            // An entry is indented two spaces; a wrapped description, more.
            var entry = Entry().Match(line);
            if (!entry.Success)
            {
                continue;
            }

            // System.CommandLine shows an option's default as its text when it has no description.
            if (part != "Usage:" && (entry.Groups["text"].Value.Length == 0 || entry.Groups["text"].Value.StartsWith("[default: ", System.StringComparison.Ordinal)))
            {
                undescribed.Add(entry.Groups["names"].Value);
            }

            if (part == "Options:")
            {
                options.UnionWith(OptionToken().Matches(entry.Groups["names"].Value).Select(m => m.Value));
            }
            else if (part == "Commands:")
            {
                subcommands.Add(entry.Groups["names"].Value.Split(' ')[0]);
            }
        }

        Assert.NotEmpty(options);
        return new ToolCommand(path, options, subcommands, described, undescribed);
    }

    /// <summary>An option as written anywhere: "--long-name" or "-x" (not a hyphen inside a word such as read-only).</summary>
    [GeneratedRegex(@"(?<![\w-])(?:--[a-z][a-z-]*[a-z]|-[a-zA-Z?])(?![\w-])")]
    public static partial Regex OptionToken();

    [GeneratedRegex(@"^[A-Z][A-Za-z ]*:$")]
    private static partial Regex PartTitle();

    [GeneratedRegex(@"^  (?<names>\S.*?)(?:\s{2,}(?<text>\S.*)|$)")]
    private static partial Regex Entry();
}
