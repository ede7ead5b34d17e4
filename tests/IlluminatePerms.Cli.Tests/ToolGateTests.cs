using System.IO;
using IlluminatePerms.Grants;
using IlluminatePerms.Spec;
using IlluminatePerms.Tests.Shared;
using Xunit;

namespace IlluminatePerms.Cli.Tests;

/// <summary>The tool's own build is gated by the real spec, like any consumer's.</summary>
public sealed class ToolGateTests
{
    [Fact]
    public void The_tool_is_compiled_against_the_real_spec()
    {
        var spec = SpecParser.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "spec", "permissions.csv")));

        // Generated in the tool's assembly from spec/permissions.csv by the generator its build runs.
        Assert.Equal(spec.Grants, IlluminatePerms.Cli.Spec.RequiredGrants.All);
        Assert.True(IlluminatePerms.Cli.Spec.RequiredGrants.All.Contains(new Grant("Gradebook Scores", AeriesAccess.Update)));
    }
}
