using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace IlluminatePerms.Cli.Tests.Docs;

/// <summary>What a piece of documented code asks of the tool.</summary>
internal enum CodeKind
{
    /// <summary>Another program's command line (dotnet, curl, git, …), or a plain word: nothing of the tool's.</summary>
    Other,

    /// <summary>A command line of the tool: <see cref="ToolCommandLine.Command"/> with <see cref="ToolCommandLine.Options"/>.</summary>
    Command,

    /// <summary>Options with no command (<c>--spec PATH</c>): they belong to the command the text is about.</summary>
    Options,
}

/// <summary>
/// A piece of documented code read as the tool would read it: <c>illuminate-perms check --demo full</c>,
/// <c>dotnet run --project src/Cli -- check</c>, <c>check --inventory FILE</c>, a bare <c>--spec PATH</c>.
/// </summary>
/// <param name="Kind">What the code is.</param>
/// <param name="Command">The command's path as typed ("check", "spec add-missing", "" for the tool itself); for <see cref="CodeKind.Command"/> only.</param>
/// <param name="Options">The options the code names after the command.</param>
internal sealed partial record ToolCommandLine(CodeKind Kind, string? Command, IReadOnlyList<string> Options)
{
    /// <summary>Reads <paramref name="code"/> against the tool's <paramref name="commands"/> (to know a command word from another word).</summary>
    public static ToolCommandLine Parse(string code, IReadOnlyDictionary<string, ToolCommand> commands)
    {
        var invoked = Invoked().Match(code);
        if (invoked.Success)
        {
            return FromArguments(invoked.Groups["rest"].Value, commands);
        }

        var mockServer = MockServer().Match(code);
        if (mockServer.Success)
        {
            // The mock's own program takes the options of the tool's mock command.
            return new ToolCommandLine(CodeKind.Command, "mock", OptionsOf(mockServer.Groups["rest"].Value));
        }

        var first = FirstWord().Match(code);
        if (first.Success)
        {
            return commands.ContainsKey(first.Groups["word"].Value)
                ? FromArguments(code, commands)
                : new ToolCommandLine(CodeKind.Other, null, []);
        }

        return new ToolCommandLine(CodeKind.Options, null, OptionsOf(code));
    }

    /// <summary>The command words at the start of <paramref name="arguments"/> (a command, then a subcommand if it has them), then the options.</summary>
    private static ToolCommandLine FromArguments(string arguments, IReadOnlyDictionary<string, ToolCommand> commands)
    {
        if (arguments.StartsWith('-'))
        {
            return new ToolCommandLine(CodeKind.Command, string.Empty, OptionsOf(arguments));
        }

        var words = CommandWords().Match(arguments);
        if (!words.Success)
        {
            // A placeholder such as COMMAND.
            return new ToolCommandLine(CodeKind.Other, null, []);
        }

        var path = words.Groups["command"].Value;
        var rest = arguments[words.Groups["command"].Length..];
        if (commands.TryGetValue(path, out var command) && words.Groups["sub"].Success && command.Subcommands.Contains(words.Groups["sub"].Value))
        {
            path = $"{path} {words.Groups["sub"].Value}";
            rest = arguments[words.Length..];
        }

        return new ToolCommandLine(CodeKind.Command, path, OptionsOf(rest));
    }

    private static List<string> OptionsOf(string text) => [.. ToolHelp.OptionToken().Matches(text).Select(m => m.Value)];

    /// <summary>The tool by name (installed, as a local tool, by path), or run from a clone.</summary>
    [GeneratedRegex(@"(?:(?<![\w-])illuminate-perms|^dotnet run --project src/Cli(?: --no-build)? --)\s+(?<rest>.*)$")]
    private static partial Regex Invoked();

    [GeneratedRegex(@"^dotnet run --project src/MockAeries\.Server --\s+(?<rest>.*)$")]
    private static partial Regex MockServer();

    /// <summary>A plain word first (a program's name, a command's, a value's), as opposed to an option or punctuation.</summary>
    [GeneratedRegex(@"^(?<word>[A-Za-z][\w.-]*)(?:\s|$)")]
    private static partial Regex FirstWord();

    [GeneratedRegex(@"^(?<command>[a-z][a-z-]*)(?:\s+(?<sub>[a-z][a-z-]*))?(?=\s|$)")]
    private static partial Regex CommandWords();
}
