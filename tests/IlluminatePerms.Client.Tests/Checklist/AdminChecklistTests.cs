using System;
using System.Linq;
using IlluminatePerms.Checklist;
using IlluminatePerms.Grants;
using Xunit;

namespace IlluminatePerms.Client.Tests.Checklist;

public class AdminChecklistTests
{
    private static readonly ChecklistModel Model = new(
        "Acme Sync",
        "Nightly roster sync",
        new[]
        {
            Row("Single Sign On", AeriesAccess.Read, "sso"),
            Row("Users", AeriesAccess.Read, "u"),
            Row("Student Pictures", AeriesAccess.Read, "p"),
            Row("Student Data", AeriesAccess.Read, "s"),
            Row("Gradebook Scores", AeriesAccess.Read | AeriesAccess.Update, "scores <b> & co"),
        });

    [Fact]
    public void Markdown_lists_rows_top_to_bottom_of_the_screen_under_its_headings()
    {
        var text = AdminChecklist.Render(Model, ChecklistFormat.Markdown);

        var order = new[]
        {
            "**Student Data**", "- [ ] Student Data: Read. s",
            "**Other**", "- [ ] Student Pictures: Read. p",
            "- [ ] Gradebook Scores: Read, Update. scores <b> & co",
            "**School Information**", "- [ ] Users: Read. u",
            "- [ ] Single Sign On (from the 3rd party system): Read. sso",
        }.Select(marker => text.IndexOf(marker, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.OrderBy(i => i), order);
        Assert.Contains("6 boxes on 5 rows", text);
        Assert.Contains("Enter the Product Name `Acme Sync` and the Comment `Nightly roster sync`", text);
        Assert.DoesNotContain("\r", text);
    }

    [Fact]
    public void A_heading_the_screen_shows_twice_is_not_printed_twice_as_if_it_were_one()
    {
        var text = AdminChecklist.Render(Model, ChecklistFormat.Markdown);

        var headings = text.Split('\n').Where(line => line.TrimStart().StartsWith("**", StringComparison.Ordinal)).Select(line => line.Trim()).ToList();
        Assert.Equal(headings.Distinct().Count(), headings.Count);
        Assert.Contains("**Other (the second \"Other\" heading, lower on the screen)**", headings);
        Assert.True(
            text.IndexOf("**Other**", StringComparison.Ordinal) < text.IndexOf("Student Pictures", StringComparison.Ordinal)
            && text.IndexOf("Student Pictures", StringComparison.Ordinal) < text.IndexOf("Other (the second", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_a_product_name_the_text_has_no_placeholder()
    {
        var model = new ChecklistModel(null, null, new[] { Row("Student Data", AeriesAccess.Read, "s") });

        foreach (var format in new[] { ChecklistFormat.Markdown, ChecklistFormat.Html })
        {
            var text = AdminChecklist.Render(model, format);

            Assert.DoesNotContain("(your", text);
            Assert.DoesNotContain("Comment", text);
            Assert.Contains("the vendor", text);
            Assert.Contains("1 box on 1 row", text);
        }

        Assert.StartsWith("# Aeries API certificate\n", AdminChecklist.Render(model, ChecklistFormat.Markdown));
    }

    [Fact]
    public void Html_is_one_self_contained_escaped_file_with_a_checkbox_per_row()
    {
        var html = AdminChecklist.Render(Model, ChecklistFormat.Html);

        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains("<meta charset=\"utf-8\">", html);
        Assert.Contains("<style>", html);
        foreach (var external in new[] { "<script", "<link", "src=", "href=", "@import", "url(" })
        {
            Assert.DoesNotContain(external, html, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Equal(5, html.Split("type=\"checkbox\"").Length - 1);
        Assert.Contains("scores &lt;b&gt; &amp; co", html);
        Assert.DoesNotContain("<b>", html);
        Assert.Contains("<h1>Aeries API certificate for Acme Sync</h1>", html);
    }

    [Fact]
    public void Text_that_was_not_utf8_never_reaches_the_district()
    {
        var model = new ChecklistModel("Acme", null, new[] { Row("Student Data", AeriesAccess.Read, "caf\uFFFD") });

        var error = Assert.Throws<ArgumentException>(() => AdminChecklist.Render(model, ChecklistFormat.Markdown));
        Assert.Contains("not saved as UTF-8", error.Message);
    }

    [Fact]
    public void Each_tick_names_the_features_it_serves_escaped_in_html_and_nothing_when_it_serves_none()
    {
        var model = new ChecklistModel("Acme", null, new[]
        {
            new ChecklistRow(new Grant("Student Data", AeriesAccess.Read), "rosters", new[] { "Rostering", "Grades <& marks>" }),
            Row("Users", AeriesAccess.Read, "logins"),
        });

        var markdown = AdminChecklist.Render(model, ChecklistFormat.Markdown);
        var html = AdminChecklist.Render(model, ChecklistFormat.Html);

        Assert.Contains("- [ ] Student Data: Read. rosters (Serves: Rostering, Grades <& marks>)\n", markdown);
        Assert.Contains("- [ ] Users: Read. logins\n", markdown);
        Assert.Contains("<span class=\"serves\">Serves: Rostering, Grades &lt;&amp; marks&gt;</span>", html);
        Assert.Contains("<span class=\"why\">logins</span></li>", html);
    }

    [Fact]
    public void A_feature_name_that_was_not_utf8_never_reaches_the_district()
    {
        var model = new ChecklistModel("Acme", null, new[] { new ChecklistRow(new Grant("Student Data", AeriesAccess.Read), "rosters", new[] { "Caf\uFFFD" }) });

        Assert.Throws<ArgumentException>(() => AdminChecklist.Render(model, ChecklistFormat.Html));
    }

    [Fact]
    public void The_vendor_is_named_by_its_product_name()
    {
        var text = AdminChecklist.Render(Model, ChecklistFormat.Markdown);

        Assert.Contains("give Acme Sync access to the Aeries API", text);
        Assert.DoesNotContain("the vendor", text);
    }

    [Fact]
    public void Rows_of_one_block_of_the_screen_share_one_heading()
    {
        var model = new ChecklistModel("Acme", null, new[] { Row("Attendance History", AeriesAccess.Read, "h"), Row("Bell Schedule", AeriesAccess.Read, "b") });

        var text = AdminChecklist.Render(model, ChecklistFormat.Markdown);

        Assert.Single(text.Split('\n'), line => line.Trim() == "**Attendance**");
        Assert.True(text.IndexOf("- [ ] Attendance History: Read. h", StringComparison.Ordinal) < text.IndexOf("- [ ] Bell Schedule: Read. b", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("first\r\nsecond", "first  second")]
    [InlineData("first\nsecond", "first second")]
    [InlineData("first\rsecond", "first second")]
    [InlineData("  padded \n", "padded")]
    public void A_reason_with_line_breaks_stays_on_its_row(string reason, string shown)
    {
        var text = AdminChecklist.Render(new ChecklistModel("Acme", null, new[] { Row("Users", AeriesAccess.Read, reason) }), ChecklistFormat.Markdown);

        Assert.Contains($"- [ ] Users: Read. {shown}\n", text);
    }

    [Fact]
    public void Text_that_was_not_utf8_is_refused_even_as_the_first_character()
        => Assert.Throws<ArgumentException>(() => AdminChecklist.Render(new ChecklistModel("Acme", null, new[] { Row("Users", AeriesAccess.Read, "\uFFFDsers") }), ChecklistFormat.Markdown));

    [Fact]
    public void Bad_arguments_are_rejected()
    {
        Assert.Throws<ArgumentNullException>(() => AdminChecklist.Render(null!, ChecklistFormat.Html));
        Assert.StartsWith("Not a checklist format.", Assert.Throws<ArgumentOutOfRangeException>(() => AdminChecklist.Render(Model, (ChecklistFormat)7)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => new ChecklistModel("a", null, new ChecklistRow[] { null! }));
        Assert.Throws<ArgumentNullException>(() => new ChecklistRow(new Grant("Users", AeriesAccess.Read), "u", null!));
        Assert.Throws<ArgumentNullException>(() => new ChecklistRow(new Grant("Users", AeriesAccess.Read), "u", new string[] { null! }));
    }

    private static ChecklistRow Row(string area, AeriesAccess access, string reason) => new(new Grant(area, access), reason);
}
