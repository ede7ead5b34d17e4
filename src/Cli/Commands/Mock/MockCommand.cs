using System.CommandLine;
using IlluminatePerms.Cli.Output;
using IlluminatePerms.MockAeries.Server;

namespace IlluminatePerms.Cli.Commands.Mock;

/// <summary><c>mock</c>: the mock Aeries in the foreground; its options and its run are the mock server's own.</summary>
internal static class MockCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliEnvironment environment)
        => MockServerCommand.Configure(new Command("mock", "Runs a mock Aeries in the foreground: prints the address it listens on first, then its certificates; Ctrl+C stops it."), environment.Out, environment.Error, new ProgressWriter(environment));
}
