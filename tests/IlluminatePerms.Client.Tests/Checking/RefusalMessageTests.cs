using IlluminatePerms.Checking;
using Xunit;

namespace IlluminatePerms.Client.Tests.Checking;

/// <summary>The area read out of Aeries' refusal text, which decides whether a refusal counts against the probed area.</summary>
public sealed class RefusalMessageTests
{
    [Theory]
    [InlineData("The district has not set permissions for \"Student Data Update\"", "Student Data")]
    [InlineData("The district has not set permissions for 'Bell Schedule: Read'", "Bell Schedule")]
    [InlineData("The district has not set permissions for \"Fees and Fines - Delete\"", "Fees and Fines")]
    [InlineData("Refused: \"not an area\" then \"Bell Schedule Read\"", "Bell Schedule")]
    [InlineData("The district has not set permissions for \"Lunch Menus Read\"", null)]
    [InlineData("The district has not set permissions for Student Data Read", null)]
    [InlineData(null, null)]
    public void The_first_quoted_area_is_the_one_refused(string? message, string? area)
    {
        Assert.Equal(area, RefusalMessage.NamedArea(message)?.Name);
    }
}
