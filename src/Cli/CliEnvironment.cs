using System;
using System.IO;
using Spectre.Console;

namespace IlluminatePerms.Cli;

/// <summary>What the tool reads from and writes to outside its arguments, so tests can run it in-process.</summary>
/// <param name="Out">Where results go (stdout).</param>
/// <param name="Error">Where progress and errors go (stderr).</param>
/// <param name="GetVariable">Reads an environment variable.</param>
/// <param name="IsInteractive">True when a person is at a terminal: progress bars and the hidden certificate prompt.</param>
/// <param name="WorkingDirectory">Relative paths are resolved from here.</param>
internal sealed record CliEnvironment(TextWriter Out, TextWriter Error, Func<string, string?> GetVariable, bool IsInteractive, string WorkingDirectory)
{
    /// <summary>
    /// The person's terminal when <see cref="IsInteractive"/>: the hidden certificate prompt and the live
    /// progress display. It writes to <see cref="Error"/> so that standard output stays the report alone.
    /// </summary>
    public IAnsiConsole Terminal { get; init; } = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Error) });

    /// <summary>
    /// True with --quiet: no progress on standard error, only the report, warnings and errors. Set once the
    /// arguments are parsed, after the commands are made: read it when a command runs, not when it is made.
    /// </summary>
    public bool Quiet { get; set; }

    /// <summary>The real console and environment.</summary>
    public static CliEnvironment FromProcess() => new(
        Console.Out,
        Console.Error,
        Environment.GetEnvironmentVariable,
        !Console.IsInputRedirected && !Console.IsErrorRedirected,
        Environment.CurrentDirectory);

    /// <summary>A path as the user gave it, resolved against <see cref="WorkingDirectory"/>.</summary>
    public string Resolve(string path) => Path.GetFullPath(path, WorkingDirectory);
}
