using System;
using System.CommandLine;
using System.Threading.Tasks;
using IlluminatePerms.Cli.Commands;
using IlluminatePerms.MockAeries.Server;

namespace IlluminatePerms.Cli;

/// <summary>The illuminate-perms command line: its commands, parsed and run against an environment.</summary>
internal static class CliApp
{
    /// <summary>Parses the arguments and runs the command; returns the exit code (<see cref="ExitCodes"/>).</summary>
    public static async Task<int> RunAsync(string[] args, CliEnvironment environment)
    {
        var root = new RootCommand("illuminate-perms: checks an Aeries API certificate against the permission spec (spec/permissions.csv). Run 'illuminate-perms check' to see it against a bundled mock Aeries.")
        {
            CheckCommand.Create(environment),
            AreasCommand.Create(environment),
            BaseUrlCommand.Create(environment),
            DiffCommand.Create(environment),
            SpecCommand.Create(environment),
            ChecklistCommand.Create(environment),
            MockServerCommand.Configure(new Command("mock", "Runs the mock Aeries in the foreground (the options of src/MockAeries.Server): prints its base URL and certificates; Ctrl+C stops it."), environment.Out, environment.Error),
        };
        // Time for the mock to stop cleanly after Ctrl+C.
        var configuration = new InvocationConfiguration { Output = environment.Out, Error = environment.Error, ProcessTerminationTimeout = TimeSpan.FromSeconds(10) };
        return await root.Parse(args).InvokeAsync(configuration).ConfigureAwait(false);
    }
}
