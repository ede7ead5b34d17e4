using System.IO;
using IlluminatePerms.Cli.Commands.Spec;
using Xunit;

namespace IlluminatePerms.Cli.Tests.SpecInfer;

/// <summary>The build <c>spec infer PROJECT</c> runs: each argument is what makes its log hold every grant use.</summary>
public sealed class ProjectBuildArgumentsTests
{
    [Fact]
    public void The_build_is_whole_reports_every_grant_use_leaves_the_gate_off_and_logs_SARIF_2_1_to_an_absolute_path()
    {
        var folder = Path.Combine(Path.GetTempPath(), "infer-1");

        Assert.Equal(
            [
                "build", "Sync.csproj",
                "--no-incremental", // an up-to-date project is not compiled and writes no log
                "--disable-build-servers", "-nologo", "-v", "q",
                "-o", Path.Combine(folder, "bin"),
                "-p:IlluminatePermsReportGrantUse=true",
                "-p:IlluminatePermsGate=false",
                $"-p:ErrorLog={Path.Combine(folder, "build.sarif")}%2Cversion=2.1",
            ],
            ProjectBuild.Arguments("Sync.csproj", folder));
    }
}
