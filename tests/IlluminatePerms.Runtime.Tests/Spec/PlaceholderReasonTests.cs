using System.Linq;
using IlluminatePerms.Spec;
using Xunit;

namespace IlluminatePerms.Runtime.Tests.Spec;

/// <summary>IP1021: a reason that starts with the placeholder marker is reported at its field, and nothing else is.</summary>
public class PlaceholderReasonTests
{
    private const string Header = "Group,Table/Program Area,Permission Needed,Reason\n";

    [Theory]
    [InlineData("TODO: say why the product needs it (used by Sync.Run)")]
    [InlineData("todo: later")]
    [InlineData("  TODO:")]
    [InlineData("\"TODO: say why, please\"")]
    public void A_reason_starting_with_the_marker_is_a_placeholder(string reason)
    {
        var spec = SpecParser.Parse(Header + "Gradebook,Gradebook Scores,Read," + reason + "\n");

        var diagnostic = Assert.Single(spec.Diagnostics);
        Assert.Equal((SpecDiagnosticIds.PlaceholderReason, SpecSeverity.Warning), (diagnostic.Id, diagnostic.Severity));
        Assert.Equal((2, 33), (diagnostic.Span.Line, diagnostic.Span.Column));
        Assert.Single(spec.Rows);
    }

    [Theory]
    [InlineData("Posts scores: TODO: nothing")]
    [InlineData("TODO list sync")]
    [InlineData("Writes scores teachers enter")]
    public void A_reason_that_only_mentions_the_marker_is_the_authors(string reason)
    {
        var spec = SpecParser.Parse(Header + "Gradebook,Gradebook Scores,Read," + reason + "\n");

        Assert.DoesNotContain(spec.Diagnostics, d => d.Id == SpecDiagnosticIds.PlaceholderReason);
    }

    [Fact]
    public void Each_placeholder_row_is_reported_at_its_own_line()
    {
        var spec = SpecParser.Parse(Header
            + "Student Data,Student Data,Read,TODO: a\n"
            + "Gradebook,Gradebook Data,Read,gradebooks\n"
            + "Gradebook,Gradebook Scores,Read,TODO: b\n");

        Assert.Equal(new[] { 2, 4 }, spec.Diagnostics.Where(d => d.Id == SpecDiagnosticIds.PlaceholderReason).Select(d => d.Span.Line));
    }

    [Fact]
    public void An_empty_reason_is_missing_not_a_placeholder()
    {
        var spec = SpecParser.Parse(Header + "Gradebook,Gradebook Scores,Read,\n");

        Assert.Equal(new[] { SpecDiagnosticIds.MissingReason }, spec.Diagnostics.Select(d => d.Id));
    }
}
