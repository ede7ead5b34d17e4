using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Net.Http;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using IlluminatePerms.Tests.Shared;
using Xunit;

namespace IlluminatePerms.MockAeries.Tests;

/// <summary>The mock as a program (src/MockAeries.Server): `IlluminatePerms.MockAeries.Server --port … --scale …`.</summary>
public sealed class ProgramTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private static readonly string Program = Path.Combine(AppContext.BaseDirectory, "IlluminatePerms.MockAeries.Server.dll");

    [Fact]
    public async Task It_prints_its_url_and_certificates_serves_and_stops_on_ctrl_c()
    {
        using var program = Start("--port", "0", "--scale", "40");
        var process = program.Process;
        var lines = new List<string>();
        string? url = null;
        while (url is null || !lines.Contains("Serving until Ctrl+C."))
        {
            var line = await process.StandardOutput.ReadLineAsync().WaitAsync(Timeout) ?? throw new InvalidOperationException("The mock exited early: " + await process.StandardError.ReadToEndAsync());
            lines.Add(line);
            url ??= Regex.Match(line, @"^Mock Aeries base URL: (http://127\.0\.0\.1:\d+/)").Groups[1].Value is { Length: > 0 } found ? found : null;
        }

        Assert.Contains(lines, l => Regex.IsMatch(l, @"^  full\s+[0-9a-f]{32}  exactly the spec$"));
        Assert.Contains(lines, l => l.StartsWith("  demo       477abe9e7d27439681d62f4e0de1f5e1", StringComparison.Ordinal));
        using (var http = new HttpClient { BaseAddress = new Uri(url!) })
        {
            Assert.Contains("\"DatabaseYear\":\"2026-2027\"", await http.GetStringAsync("api/v5/systeminfo"));
        }

        // Ctrl+C as a terminal sends it: SIGINT to the process.
        Assert.Equal(0, SendSignal(process.Id, SigInt));

        await process.WaitForExitAsync().WaitAsync(Timeout);

        // A clean stop: the server is disposed before the process exits.
        Assert.Equal(0, process.ExitCode);
        Assert.Contains("Stopping.", await process.StandardError.ReadToEndAsync());
    }

    [Fact]
    public async Task A_spec_with_errors_is_refused_with_its_locations()
    {
        var spec = Path.Combine(Directory.CreateTempSubdirectory("mock-spec-").FullName, "bad.csv");
        await File.WriteAllTextAsync(spec, "Area,Access,Reason\nGradebok Scores,Read,r\n");
        using var program = Start("--port", "0", "--spec", spec);
        var process = program.Process;

        var errors = await process.StandardError.ReadToEndAsync().WaitAsync(Timeout);
        await process.WaitForExitAsync().WaitAsync(Timeout);

        Assert.Equal(2, process.ExitCode);
        Assert.Contains($"{spec}(2,1): error IP1006: 'Gradebok Scores' is not an Aeries API Security area; did you mean 'Gradebook Scores'?", errors);
        File.Delete(spec);
    }

    [Fact]
    public async Task Bad_arguments_are_refused()
    {
        using var program = Start("--scale", "0");
        var process = program.Process;

        var errors = await process.StandardError.ReadToEndAsync().WaitAsync(Timeout);
        await process.WaitForExitAsync().WaitAsync(Timeout);

        Assert.NotEqual(0, process.ExitCode);
        Assert.Contains("--scale must be between 1 and 1,000,000.", errors);
    }

    private const int SigInt = 2;

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SendSignal(int pid, int signal);

    private static ChildProcess Start(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Program);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return new ChildProcess(System.Diagnostics.Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start"));
    }
}
