using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;

namespace IlluminatePerms.Cli.Tests;

/// <summary>What a run of the tool printed and returned.</summary>
internal sealed record CliResult(int ExitCode, string Out, string Error)
{
    public string All => Out + Error;
}

/// <summary>Runs the tool in-process with captured output, given environment variables, not at a terminal.</summary>
internal static class CliRun
{
    public static async Task<CliResult> InAsync(IReadOnlyDictionary<string, string>? variables, string workingDirectory, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var environment = new CliEnvironment(output, error, name => variables is not null && variables.TryGetValue(name, out var value) ? value : null, false, workingDirectory);
        var code = await CliApp.RunAsync(args, environment);
        return new CliResult(code, output.ToString(), error.ToString());
    }

    public static Task<CliResult> RunAsync(params string[] args) => InAsync(null, Path.GetTempPath(), args);

    /// <summary>A loopback port nothing listens on (bound, then released).</summary>
    public static int ClosedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>A temporary directory, deleted at dispose.</summary>
internal sealed class TempDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("illuminate-perms-cli-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
