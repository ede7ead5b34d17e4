using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Linq;
using System.Threading.Tasks;
using IlluminatePerms.Cli.Checking;
using IlluminatePerms.Cli.Commands;
using IlluminatePerms.Cli.Commands.Areas;
using IlluminatePerms.Cli.Commands.BaseUrl;
using IlluminatePerms.Cli.Commands.Check;
using IlluminatePerms.Cli.Commands.Checklist;
using IlluminatePerms.Cli.Commands.Diff;
using IlluminatePerms.Cli.Commands.Inventory;
using IlluminatePerms.Cli.Commands.Mock;
using IlluminatePerms.Cli.Commands.Proxy;
using IlluminatePerms.Cli.Commands.Serve;
using IlluminatePerms.Cli.Commands.Spec;

namespace IlluminatePerms.Cli;

/// <summary>The illuminate-perms command line: its commands, parsed and run against an environment.</summary>
internal static class CliApp
{
    /// <summary>The option that silences progress.</summary>
    private const string Quiet = "--quiet";

    /// <summary>Parses the arguments and runs the command; returns the exit code (<see cref="ExitCodes"/>).</summary>
    public static async Task<int> RunAsync(string[] args, CliEnvironment environment)
    {
        // One tree: its commands read Quiet when they run, after the parse below has set it. A copy,
        // so that the caller's environment keeps its own setting.
        environment = environment with { };
        // No arguments at all: a newcomer asking what the tool does, so the commands rather than an error.
        var parsed = Build(environment).Parse(args.Length == 0 ? ["--help"] : args);
        if (parsed.Errors.Count > 0)
        {
            await WriteUsageErrorsAsync(parsed, environment).ConfigureAwait(false);
            return ExitCodes.Error;
        }

        environment.Quiet = parsed.GetValue<bool>(Quiet);

        // Time for the mock to stop cleanly after Ctrl+C.
        var configuration = new InvocationConfiguration { Output = environment.Out, Error = environment.Error, ProcessTerminationTimeout = TimeSpan.FromSeconds(10) };
        return await parsed.InvokeAsync(configuration).ConfigureAwait(false);
    }

    /// <summary>The command tree, its commands writing to <paramref name="environment"/>.</summary>
    private static RootCommand Build(CliEnvironment environment)
    {
        var root = new RootCommand("illuminate-perms: checks an Aeries API certificate against a permission spec (a permissions.csv), and writes the district admin's checklist. Start with 'illuminate-perms check' (a certificate of a bundled mock Aeries), then 'illuminate-perms check --base-url URL' for a district, 'illuminate-perms inventory FILE' for many, and 'illuminate-perms checklist'.")
        {
            CheckCommand.Create(environment),
            InventoryCommand.Create(environment),
            AreasCommand.Create(environment),
            BaseUrlCommand.Create(environment),
            DiffCommand.Create(environment),
            SpecCommand.Create(environment),
            ChecklistCommand.Create(environment),
            MockCommand.Create(environment),
            ProxyCommand.Create(environment),
            ServeCommand.Create(environment),
        };
        // On every command, as gh and dotnet take it.
        root.Options.Add(new Option<bool>(Quiet, "-q") { Description = "No progress on standard error: only the report, warnings and errors.", Recursive = true });
        return root;
    }

    /// <summary>
    /// One "error: …" line per mistake on standard error, and where the options are listed, instead of
    /// System.CommandLine's default (the errors followed by the whole help on standard output, which a
    /// script that reads the report would take for it).
    /// </summary>
    private static async Task WriteUsageErrorsAsync(ParseResult parsed, CliEnvironment environment)
    {
        // An argument is echoed in its error ("Unrecognized command or argument '…'"): a certificate typed as one is not.
        var messages = parsed.Errors.Select(e => CertificateShape.Redact(e.Message)).Distinct().ToList();
        // "Required command was not provided" says nothing more when the mistyped command is named too.
        if (messages.Count > 1 && parsed.CommandResult.Command is RootCommand)
        {
            messages.RemoveAll(m => m.StartsWith("Required command", StringComparison.Ordinal));
        }

        var names = new List<string>();
        for (var result = parsed.CommandResult; result.Command is not RootCommand && result.Parent is CommandResult parent; result = parent)
        {
            names.Insert(0, result.Command.Name);
        }

        var command = string.Join(' ', names);
        var help = command.Length == 0 ? "illuminate-perms --help" : $"illuminate-perms {command} --help";
        if (CommandSuggestion.ForUnknownCommand(parsed, help) is { } unknown)
        {
            // The other errors ("Required command was not provided") only restate it.
            await environment.Error.WriteLineAsync($"error: {unknown}").ConfigureAwait(false);
            return;
        }

        for (var i = 0; i < messages.Count; i++)
        {
            var line = $"error: {messages[i]}";
            await environment.Error.WriteLineAsync(i == messages.Count - 1 ? $"{line} See '{help}'." : line).ConfigureAwait(false);
        }
    }
}
