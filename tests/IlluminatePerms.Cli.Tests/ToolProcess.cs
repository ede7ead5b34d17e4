using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;

namespace IlluminatePerms.Cli.Tests;

/// <summary>Runs the built tool (illuminate-perms.dll beside the tests, or an installed executable) as a real process.</summary>
internal static class ToolProcess
{
    /// <summary>The tool's assembly, copied beside the tests by the project reference.</summary>
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "illuminate-perms.dll");

    public static CliResult RunDll(IReadOnlyDictionary<string, string>? variables, params string[] args)
    {
        var all = new List<string> { Dll };
        all.AddRange(args);
        return Run("dotnet", variables, all);
    }

    public static CliResult Run(string fileName, IReadOnlyDictionary<string, string>? variables, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        foreach (var argument in args)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Remove("AERIES_CERT");
        foreach (var (name, value) in variables ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{fileName} did not start");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', args)} did not finish within 2 minutes");
        }

        return new CliResult(process.ExitCode, output.Result, error.Result);
    }
}
