using System;
using System.IO;
using System.Linq;
using IlluminatePerms.Tests.Shared;
using Xunit;

namespace IlluminateSync.Tests;

/// <summary>
/// The sample's build is gated by its own permissions.csv: a copy of the sample (outside the
/// repository, its project references pointed back at it) builds with the spec as it is, and fails
/// at the score write-back's call site once the Gradebook Scores row is removed.
/// </summary>
[Trait("Category", "RealBuild")]
public sealed class SpecGateBuildTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);
    private readonly string copy = Directory.CreateTempSubdirectory("illuminatesync-gate-").FullName;

    [Fact]
    public void Removing_the_Gradebook_Scores_row_fails_the_build_at_the_call_sites_that_need_it()
    {
        var sample = Path.Combine(RepositoryRoot.Path, "samples", "IlluminateSync");
        foreach (var file in Directory.GetFiles(sample).Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".csv", StringComparison.Ordinal)))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }

        var project = File.ReadAllText(Path.Combine(sample, "IlluminateSync.csproj")).Replace(@"..\..\", RepositoryRoot.Path + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(copy, "IlluminateSync.csproj"), project);

        var asIs = DotnetCli.Run(copy, Timeout, "build", "-nologo", "-v:q");
        Assert.True(asIs.ExitCode == 0, asIs.Output);

        var spec = Path.Combine(copy, "permissions.csv");
        var rows = File.ReadAllLines(spec);
        File.WriteAllLines(spec, rows.Where(r => !r.StartsWith("Gradebook,Gradebook Scores,", StringComparison.Ordinal)));
        Assert.Equal(rows.Length - 1, File.ReadAllLines(spec).Length);

        var gated = DotnetCli.Run(copy, Timeout, "build", "-nologo", "-v:q");

        Assert.NotEqual(0, gated.ExitCode);
        var source = File.ReadAllLines(Path.Combine(copy, "GradebookSync.cs"));
        var write = Array.FindIndex(source, l => l.Contains("aeries.WriteScoresAsync(", StringComparison.Ordinal)) + 1;
        var readBack = Array.FindIndex(source, l => l.Contains("aeries.GetAssignmentScoresAsync(", StringComparison.Ordinal)) + 1;
        Assert.Matches($@"GradebookSync\.cs\({write},[0-9]+\): error IP0001: 'IAeriesClient\.WriteScoresAsync' needs 'Gradebook Scores: Update', which permissions\.csv does not grant", gated.Output);
        Assert.Matches($@"GradebookSync\.cs\({readBack},[0-9]+\): error IP0001: 'IAeriesClient\.GetAssignmentScoresAsync' needs 'Gradebook Scores: Read'", gated.Output);

        // Only the calls that need the removed row fail.
        var lines = gated.Output.Split('\n').Where(l => l.Contains("error IP0001", StringComparison.Ordinal)).Select(l => l[..l.IndexOf(": error", StringComparison.Ordinal)]).Distinct().ToList();
        Assert.Equal(2, lines.Count);
    }

    public void Dispose() => Directory.Delete(copy, recursive: true);
}
