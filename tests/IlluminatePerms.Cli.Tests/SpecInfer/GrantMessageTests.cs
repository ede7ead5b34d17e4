using IlluminatePerms.Cli.Commands.Spec;
using IlluminatePerms.Grants;
using Xunit;

namespace IlluminatePerms.Cli.Tests.SpecInfer;

/// <summary>The one reader of the analyzer's "'Member' needs 'Area: Access'" messages, for IP0001 (add-missing) and IP0007 (infer).</summary>
public sealed class GrantMessageTests
{
    [Theory]
    [InlineData("'Sync.Run' needs 'Student Data: Read', which permissions.csv does not grant", false)]
    [InlineData("'Sync.Run' needs 'Student Data: Read'", true)]
    [InlineData("'Sync.Run' needs 'Student Data: Read'", false)]
    public void The_member_and_grant_are_read_from_either_message(string message, bool whole)
    {
        Assert.True(GrantMessage.TryRead(message, whole, out var member, out var grant));

        Assert.Equal("Sync.Run", member);
        Assert.Equal(new Grant("Student Data", AeriesAccess.Read), grant);
    }

    [Theory]
    [InlineData("'Sync.Run' needs 'Student Data: Read', which permissions.csv does not grant", true)]
    [InlineData("'Sync.Run' needs 'Studnet Dta: Read'", false)]
    [InlineData("'Sync.Run' needs 'Student Data: Raed'", false)]
    [InlineData("Sync.Run needs Student Data: Read", false)]
    [InlineData("", false)]
    public void A_message_that_names_no_grant_is_refused(string message, bool whole)
    {
        Assert.False(GrantMessage.TryRead(message, whole, out var member, out _));
        Assert.Null(member);
    }
}
