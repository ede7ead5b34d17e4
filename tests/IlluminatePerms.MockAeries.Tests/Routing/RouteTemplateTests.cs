using IlluminatePerms.MockAeries.Routing;
using Xunit;

namespace IlluminatePerms.MockAeries.Tests.Routing;

/// <summary>How one contract path reads a request's segments: placeholders, the optional last one, literals.</summary>
public sealed class RouteTemplateTests
{
    [Theory]
    [InlineData("schools/{SchoolCode}/terms", 2)]
    [InlineData("schools/{SchoolCode?}", 1)]
    [InlineData("staff/{StaffID}/assignments/date/{year}/{month}/{day}", 3)]
    [InlineData("systeminfo", 1)]
    public void Literal_segments_are_counted(string template, int literals)
    {
        Assert.Equal(literals, new RouteTemplate(template).LiteralCount);
    }

    [Theory]
    [InlineData("a/{}", "a/{}", true)]
    [InlineData("a/{}", "a/x", false)]
    [InlineData("a/ab}", "a/ab}", true)]
    [InlineData("a/ab}", "a/x", false)]
    [InlineData("a/{ab", "a/x", false)]
    [InlineData("a/{B}", "a/x", true)]
    public void Only_a_braced_name_is_a_placeholder(string template, string path, bool matches)
    {
        Assert.Equal(matches, new RouteTemplate(template).TryMatch(path.Split('/'), out _));
    }

    [Theory]
    [InlineData("schools/{SchoolCode?}", "schools", true)]
    [InlineData("schools/{SchoolCode}", "schools", false)]
    [InlineData("schools/{SchoolCode}/terms", "schools/994", false)]
    [InlineData("a/{B?}/c", "a/x", false)]
    [InlineData("a/{B?}/c", "a/x/c", true)]
    [InlineData("schools/{SchoolCode?}", "schools/994/terms", false)]
    [InlineData("schools/{SchoolCode}/terms", "schools/994/TERMS", true)]
    public void Only_a_trailing_optional_segment_may_be_left_out(string template, string path, bool matches)
    {
        var route = new RouteTemplate(template);

        Assert.Equal(matches, route.TryMatch(path.Split('/'), out _));
        Assert.Equal(template.EndsWith("?}", System.StringComparison.Ordinal), route.LastIsOptional);
    }

    [Fact]
    public void A_match_gives_the_unescaped_values_of_the_placeholders_present()
    {
        var route = new RouteTemplate("codes/{Table}/{Field?}");

        Assert.True(route.TryMatch(new[] { "codes", "STU", "A%20B" }, out var values));
        Assert.Equal("STU", values["table"]);
        Assert.Equal("A B", values["Field"]);
        Assert.True(route.TryMatch(new[] { "codes", "STU" }, out var shorter));
        Assert.False(shorter.ContainsKey("Field"));
    }

    [Theory]
    [InlineData("schools/{SchoolCode?}", "schools", "schools")]
    [InlineData("schools/{SchoolCode?}", "schools/994", "schools/994")]
    [InlineData("schools/{SchoolCode}", "schools", "schools/{SchoolCode}")]
    [InlineData("schools/{SchoolCode}/students/{StudentID?}", "schools/994/studnets", "schools/994/students")]
    [InlineData("schools/{SchoolCode}/students/{StudentID?}", "schools/994/studnets/7", "schools/994/students/7")]
    public void Fill_puts_the_requests_segments_in_the_placeholders(string template, string path, string filled)
    {
        Assert.Equal(filled, new RouteTemplate(template).Fill(path.Split('/')));
    }
}
