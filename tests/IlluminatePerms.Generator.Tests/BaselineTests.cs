using System.Linq;
using IlluminatePerms.Generator.Tests.Harness;
using IlluminatePerms.Tests.Shared;
using Xunit;

namespace IlluminatePerms.Generator.Tests;

public class BaselineTests
{
    [Fact]
    public void Source_generated_from_the_real_spec_matches_the_approved_file()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.RealSpec);

        Assert.Empty(run.Diagnostics);
        Assert.Equal("RequiredGrants.g.cs", run.Generator.GeneratedSources.Single().HintName);
        Baseline.Match(run.GeneratedText, "RequiredGrants.g.cs.txt");
    }

    [Fact]
    public void Crlf_and_bom_in_the_spec_change_nothing_in_the_output()
    {
        var lf = GeneratorHarness.Run(GeneratorHarness.RealSpec.Replace("\r\n", "\n"));
        var crlf = GeneratorHarness.Run("\uFEFF" + GeneratorHarness.RealSpec.Replace("\r\n", "\n").Replace("\n", "\r\n"));

        Assert.Equal(lf.GeneratedText, crlf.GeneratedText);
    }
}
