using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using IlluminatePerms.Cli.Files;

namespace IlluminatePerms.Cli.Commands.Spec;

/// <summary>
/// Builds a project for <c>spec infer</c>: <c>dotnet build</c> with IP0007 switched on
/// (IlluminatePermsReportGrantUse=true) and the gate off (IlluminatePermsGate=false, so that a spec that
/// lacks grants, or no spec at all, does not fail the build that is to write one), its SARIF log and
/// its output in a temp folder. <c>--no-incremental</c>, since an up-to-date project is not compiled
/// and would write no log. Progress and a summary of the console output go to standard error.
/// </summary>
internal static class ProjectBuild
{
    /// <summary>Error lines of the build's output shown at most when it fails.</summary>
    public const int ErrorLinesShown = 20;

    /// <summary>The arguments of <c>dotnet</c> (for messages and tests).</summary>
    public static IReadOnlyList<string> Arguments(string project, string folder) =>
    [
        "build", project, "--no-incremental", "--disable-build-servers", "-nologo", "-v", "q",
        "-o", Path.Combine(folder, "bin"),
        "-p:IlluminatePermsReportGrantUse=true",
        "-p:IlluminatePermsGate=false",

        // An absolute path: a relative one is taken in each project's own folder. %2C is the comma MSBuild would split on.
        $"-p:ErrorLog={Path.Combine(folder, "build.sarif")}%2Cversion=2.1",
    ];

    /// <summary>Builds <paramref name="project"/> (a project file or its folder) and returns the path of its SARIF log in <paramref name="folder"/>.</summary>
    /// <exception cref="CliException">The project does not exist, dotnet cannot be started, or the build fails.</exception>
    public static async Task<string> RunAsync(CliEnvironment environment, string project, string folder, CancellationToken cancellationToken)
    {
        if (FileKinds.Of(project) is not (FileKind.Regular or FileKind.Directory))
        {
            throw new CliException($"the project {project} does not exist: give a project file (.csproj) or its folder.");
        }

        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = environment.WorkingDirectory,
        };
        foreach (var argument in Arguments(project, folder))
        {
            start.ArgumentList.Add(argument);
        }

        if (!environment.Quiet)
        {
            await environment.Error.WriteLineAsync($"Building {project} (dotnet {string.Join(' ', start.ArgumentList)})...").ConfigureAwait(false);
        }

        var watch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception exception)
        {
            throw new CliException($"cannot run 'dotnet' to build {project} ({exception.Message}): install the .NET SDK, or build yourself and give the log with --from-sarif ({CodeEvidence.HowToBuild}).", exception);
        }

        process.StandardInput.Close();
        var output = new BuildOutput(ErrorLinesShown);
        var reading = Task.WhenAll(output.ReadAsync(process.StandardOutput), output.ReadAsync(process.StandardError));
        try
        {
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The build is this command's child: it does not outlive the command.
            process.Kill(entireProcessTree: true);
            throw;
        }

        await reading.ConfigureAwait(false);
        var sarif = Path.Combine(folder, "build.sarif");
        if (process.ExitCode != 0)
        {
            foreach (var line in output.Failure)
            {
                await environment.Error.WriteLineAsync("  " + line).ConfigureAwait(false);
            }

            throw new CliException($"the build of {project} failed (dotnet exit code {process.ExitCode}, {output.FailureShown}): fix the build first; no spec is inferred from a failed build.");
        }

        if (FileKinds.Of(sarif) != FileKind.Regular)
        {
            throw new CliException($"the build of {project} succeeded but wrote no log at {sarif}: is it a C# project?");
        }

        if (!environment.Quiet)
        {
            await environment.Error.WriteLineAsync($"Build succeeded in {watch.Elapsed.TotalSeconds:0} s ({output.WarningCount} warning line(s)).").ConfigureAwait(false);
        }

        return sarif;
    }
}
