using IlluminatePerms.Cli.Commands.Check;
using Xunit;

namespace IlluminatePerms.Cli.Tests.Checking;

/// <summary>The option a blocked result names ("Give one with --student ID."), for each identifier a probe can wait on.</summary>
public sealed class IdentifierHintTests
{
    [Theory]
    [InlineData("SchoolCode", "--school CODE")]
    [InlineData("StudentID", "--student ID")]
    [InlineData("StudentNumber", "--student ID")] // found through a student's ID
    [InlineData("StaffID", "--staff ID")]
    [InlineData("SectionNumber", "--section NUMBER")]
    [InlineData("GradebookNumber", "--score GRADEBOOK/ASSIGNMENT")]
    [InlineData("AssignmentNumber", "--score GRADEBOOK/ASSIGNMENT")]
    [InlineData("UniqueID", "--score GRADEBOOK/ASSIGNMENT")] // an assignment's unique ID is found through its gradebook
    public void Each_identifier_names_the_option_that_gives_it(string identifier, string option)
        => Assert.Equal(option, IdentifierOptions.For(identifier));

    [Fact]
    public void An_identifier_no_option_gives_names_none()
        => Assert.Null(IdentifierOptions.For("CourseID"));
}
