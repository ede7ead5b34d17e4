using System.IO;
using IlluminatePerms.Cli.Commands.Spec;
using IlluminatePerms.Grants;
using Xunit;
using static IlluminatePerms.Cli.Tests.SpecInfer.InferInputs;

namespace IlluminatePerms.Cli.Tests.SpecInfer;

/// <summary>The code's evidence from a build log: each IP0007 once, where it is shown relative to the project when it is inside it.</summary>
public sealed class CodeEvidenceTests
{
    [Fact]
    public void A_use_inside_the_project_is_shown_relative_and_one_outside_it_whole()
    {
        using var directory = new TempDirectory();
        var project = Directory.CreateDirectory(directory.File("Sync")).FullName;
        var shared = Directory.CreateDirectory(directory.File("Shared")).FullName;
        var sarif = directory.Write("build.sarif", Sarif(
            project,
            GrantUse("Sync.Run", "Student Data: Read", Path.Combine("Jobs", "Run.cs"), 3),
            GrantUse("Sync.Run", "Student Data: Read", Path.Combine("Jobs", "Run.cs"), 3),
            GrantUse("Shared.Load", "Contacts: Read", Path.Combine("..", "Shared", "Load.cs"), 9),
            new Use("IP0001", "'Sync.Other' needs 'Fees and Fines: Read', which permissions.csv does not grant", "Other.cs", 1)));

        var evidence = CodeEvidence.FromBuildLog(sarif, project);

        Assert.Equal(
            new GrantEvidence[]
            {
                new(new Grant("Student Data", AeriesAccess.Read), EvidenceKind.Code, "Sync.Run", "Jobs/Run.cs:3"),
                new(new Grant("Contacts", AeriesAccess.Read), EvidenceKind.Code, "Shared.Load", Path.Combine(shared, "Load.cs") + ":9"),
            },
            evidence);
    }

    [Theory]
    [InlineData("'Sync.Run' uses Aeries")]
    [InlineData("'Sync.Run' needs 'Student Data: Read', which permissions.csv does not grant")]
    public void An_IP0007_that_is_not_exactly_a_grant_use_is_refused_with_its_message(string message)
    {
        using var directory = new TempDirectory();
        var sarif = directory.Write("build.sarif", Sarif(directory.Path, new Use("IP0007", message, "Sync.cs", 1)));

        var refusal = Assert.Throws<CliException>(() => CodeEvidence.FromBuildLog(sarif, directory.Path));

        Assert.Equal($"an IP0007 result in {sarif} does not name a grant: \"{message}\".", refusal.Message);
    }
}
