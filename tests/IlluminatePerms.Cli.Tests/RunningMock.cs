using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using IlluminatePerms.Tests.Shared;
using Xunit;

namespace IlluminatePerms.Cli.Tests;

/// <summary><c>illuminate-perms mock</c> as a process, read up to "Serving": its base URL and certificates by profile.</summary>
internal sealed class RunningMock : IDisposable
{
    private readonly ChildProcess child;
    private readonly Dictionary<string, string> certificates;

    private RunningMock(ChildProcess child, string baseUrl, Dictionary<string, string> certificates)
    {
        this.child = child;
        this.certificates = certificates;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    public string Certificate(string profile) => certificates[profile];

    /// <summary>Starts <c>mock</c> with <paramref name="arguments"/> and reads what it prints until it serves.</summary>
    public static async Task<RunningMock> StartAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(ToolProcess.Dll);
        start.ArgumentList.Add("mock");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var child = new ChildProcess(Process.Start(start)!);
        var process = child.Process;
        try
        {
            _ = process.StandardError.ReadToEndAsync();
            string? baseUrl = null;
            var certificates = new Dictionary<string, string>();
            var lines = new List<string>();
            for (var line = await ReadLineAsync(process); line is not null && !line.StartsWith("Serving", StringComparison.Ordinal); line = await ReadLineAsync(process))
            {
                lines.Add(line);
                baseUrl ??= Regex.Match(line, @"^Mock Aeries base URL: (\S+)") is { Success: true } url ? url.Groups[1].Value : null;
                if (Regex.Match(line, @"^  ([a-z-]+) +([0-9a-f]{32})\b") is { Success: true } certificate)
                {
                    certificates[certificate.Groups[1].Value] = certificate.Groups[2].Value;
                }
            }

            Assert.True(baseUrl is not null && certificates.Count > 0, string.Join("\n", lines));
            return new RunningMock(child, baseUrl!, certificates);
        }
        catch
        {
            // Nothing else would stop it: a failed start must not leave a mock running.
            child.Dispose();
            throw;
        }
    }

    public async Task StopAsync()
    {
        child.Process.Kill(entireProcessTree: true);
        await child.Process.WaitForExitAsync();
    }

    /// <summary>Kills the mock if the test ended without <see cref="StopAsync"/> (a failed assertion).</summary>
    public void Dispose() => child.Dispose();

    private static async Task<string?> ReadLineAsync(Process process)
    {
        var read = process.StandardOutput.ReadLineAsync();
        if (await Task.WhenAny(read, Task.Delay(TimeSpan.FromMinutes(1))) != read)
        {
            throw new TimeoutException("the mock printed nothing for a minute");
        }

        return await read;
    }
}
