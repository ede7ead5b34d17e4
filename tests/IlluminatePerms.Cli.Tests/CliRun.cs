using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Spectre.Console.Testing;

namespace IlluminatePerms.Cli.Tests;

/// <summary>What a run of the tool printed and returned.</summary>
internal sealed record CliResult(int ExitCode, string Out, string Error)
{
    public string All => Out + Error;

    /// <summary>Standard error without the "Spec: ..." line that names the spec a command read.</summary>
    public string Problems => string.Concat(Error.Split('\n').Where(line => !line.StartsWith("Spec: ", StringComparison.Ordinal)).Select(line => line + "\n")).TrimEnd('\n');
}

/// <summary>
/// Runs the tool in-process with captured output, given environment variables, not at a terminal. A run
/// given no working folder gets a fresh empty one of its own: the tool reads permissions.csv from the
/// working folder, so a shared one (the system temp folder) would let a stray file change the result.
/// </summary>
internal static class CliRun
{
    public static Task<CliResult> InAsync(IReadOnlyDictionary<string, string>? variables, string workingDirectory, params string[] args)
        => RunAsync(variables, workingDirectory, terminal: null, args);

    /// <summary>Runs the tool in a fresh empty working folder, deleted afterwards.</summary>
    public static async Task<CliResult> InEmptyFolderAsync(IReadOnlyDictionary<string, string>? variables, params string[] args)
    {
        using var folder = new TempDirectory();
        return await RunAsync(variables, folder.Path, terminal: null, args);
    }

    /// <summary>
    /// Runs the tool as if a person were at a terminal: <paramref name="terminal"/> (a Spectre test
    /// console) is the terminal, where the prompt and the live progress go; stdout and stderr are still captured.
    /// </summary>
    public static async Task<CliResult> AtTerminalAsync(TestConsole terminal, IReadOnlyDictionary<string, string>? variables, params string[] args)
    {
        using var folder = new TempDirectory();
        return await RunAsync(variables, folder.Path, terminal, args);
    }

    private static async Task<CliResult> RunAsync(IReadOnlyDictionary<string, string>? variables, string workingDirectory, TestConsole? terminal, string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var environment = new CliEnvironment(output, error, name => variables is not null && variables.TryGetValue(name, out var value) ? value : null, terminal is not null, workingDirectory);
        if (terminal is not null)
        {
            environment = environment with { Terminal = terminal };
        }

        var code = await CliApp.RunAsync(args, environment);
        return new CliResult(code, output.ToString(), error.ToString());
    }

    public static Task<CliResult> RunAsync(params string[] args) => InEmptyFolderAsync(null, args);

    /// <summary>A loopback port nothing listens on (bound, then released).</summary>
    public static int ClosedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>A fresh empty temporary directory, deleted at dispose.</summary>
internal sealed class TempDirectory : IDisposable
{
    private const string Prefix = "illuminate-perms-cli-";

    /// <summary>A new directory in the system temp folder.</summary>
    public TempDirectory()
    {
        Path = Directory.CreateTempSubdirectory(Prefix).FullName;
    }

    /// <summary>A new directory inside <paramref name="parent"/>.</summary>
    public TempDirectory(string parent)
    {
        Path = Directory.CreateDirectory(System.IO.Path.Combine(parent, Prefix + Guid.NewGuid().ToString("N"))).FullName;
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Writes <paramref name="text"/> to the file <paramref name="name"/> here and returns its path.</summary>
    public string Write(string name, string text)
    {
        var path = File(name);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
