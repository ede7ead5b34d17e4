using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using IlluminatePerms.Checking.Report;
using IlluminatePerms.Client.Models;
using IlluminatePerms.Client.Tests.Harness;
using IlluminatePerms.Client.Tests.Transport;
using IlluminatePerms.Connection;
using IlluminatePerms.Contract;
using IlluminatePerms.Grants;
using IlluminatePerms.MockAeries;
using IlluminatePerms.MockAeries.Security;
using IlluminatePerms.Tests.Shared.Hostile;
using Xunit;

namespace IlluminatePerms.Client.Tests.Checking;

/// <summary>
/// The programs answer verifies none of its four row areas: rows of an area's kind make it Inferred
/// with what was seen, program codes counted as the article maps them (144x Special Education, 101 no row).
/// </summary>
public class ProgramRowVerdictTests
{
    private static readonly string[] ProgramAreas = { "Special Programs", "Special Education", "Free and Reduced", "GATE" };

    [Theory]
    [InlineData("127", "GATE")]
    [InlineData("144", "Special Education")]
    [InlineData("144x", "Special Education")]
    [InlineData(" 144X ", "Special Education")]
    [InlineData("181", "Free and Reduced")]
    [InlineData("182", "Free and Reduced")]
    [InlineData("190", "Special Programs")]
    [InlineData("135", "Special Programs")]
    [InlineData("101", null)]
    public void Program_codes_map_to_areas_as_the_article_maps_them_to_tables(string code, string? area)
        => Assert.Equal(area, ProgramRows.AreaOf(code)?.Name);

    [Theory]
    [InlineData("144x")]
    [InlineData("101")]
    public async Task Rows_make_their_area_inferred_and_say_how_many_were_seen(string code)
    {
        await using var mock = await MockSession.StartAsync(new MockAeriesOptions { Scale = 400 });
        using var harness = new CheckerHarness();
        var programs = await EveryProgramRowAsync(mock);
        var student = programs.First(p => p.ProgramCode == code).StudentID;
        var rows = programs.Where(p => p.StudentID == student).ToList();

        var report = await harness.CheckAsync(mock, "full", b => b.Identifiers["StudentID"] = student.ToString(CultureInfo.InvariantCulture));

        var inSpec = report.Results.Where(r => ProgramAreas.Contains(r.Area) && r.Access == "Read").ToList();
        Assert.Equal(ProgramAreas.Where(a => CheckerHarness.Spec.Contains(new Grant(AreaCatalog.Get(a), AeriesAccess.Read))), inSpec.Select(r => r.Area));
        foreach (var result in inSpec)
        {
            var area = result.Area;
            // Hand-counted from the article's table, not through ProgramRows.
            var seen = rows.Count(p => Kind(p) == area);
            if (seen > 0)
            {
                Assert.Equal(GrantVerdict.Inferred, result.Verdict);
                Assert.StartsWith($"Aeries answered the programs request; it held {seen} {area} row(s). ", result.Reason, StringComparison.Ordinal);
                Assert.Contains("undocumented assumption", result.Reason, StringComparison.Ordinal);
            }
            else
            {
                Assert.Equal(GrantVerdict.NotVerifiable, result.Verdict);
                Assert.StartsWith($"Aeries answered the programs request; it held no {area} row", result.Reason, StringComparison.Ordinal);
            }

            Assert.Equal("students.get_programs", result.OperationId);
        }

        Assert.Contains($" {inSpec.Count(r => r.Verdict == GrantVerdict.Inferred)} inferred (undocumented), ", report.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Program_rows_outside_the_spec_are_excess_as_inferred_never_as_verified()
    {
        await using var mock = await MockSession.StartAsync(new MockAeriesOptions { Scale = 400 });
        using var harness = new CheckerHarness();
        var programs = await EveryProgramRowAsync(mock);
        var student = programs.First(p => p.ProgramCode == "127").StudentID;
        var certificate = new MockCertificate("students and programs", "5eed0000000000000000000000000127", GrantSet.Parse("Student Data: Read; Special Programs: Read; GATE: Read"), "students and every program row");
        mock.Server.AcceptCertificate(certificate);

        var report = await harness.CheckAsync(mock, AeriesCertificate.Parse(certificate.Value), b =>
        {
            b.Spec = GrantSet.Parse("Student Data: Read");
            b.Identifiers["StudentID"] = student.ToString(CultureInfo.InvariantCulture);
        });

        var gate = Assert.Single(report.Excess, r => r.Area == "GATE");
        Assert.Equal(GrantVerdict.Inferred, gate.Verdict);
        Assert.DoesNotContain(report.Excess, r => r.Area is "Special Education" or "Free and Reduced");
        Assert.Equal(GrantVerdict.Verified, Assert.Single(report.Results).Verdict);
    }

    [Fact]
    public async Task A_refusal_of_the_programs_request_is_missing_special_programs_and_says_nothing_of_the_other_rows()
    {
        await using var mock = await MockSession.StartAsync(new MockAeriesOptions { Scale = 100 });
        using var harness = new CheckerHarness();
        var certificate = new MockCertificate("students only", "5eed0000000000000000000000000001", GrantSet.Parse("Student Data: Read"), "students, no program row");
        mock.Server.AcceptCertificate(certificate);

        var report = await harness.CheckAsync(mock, AeriesCertificate.Parse(certificate.Value), b => b.Spec = GrantSet.Parse("Student Data: Read; Special Programs: Read; Special Education: Read; GATE: Read"));

        Assert.Equal(GrantVerdict.Verified, Assert.Single(report.Results, r => r.Area == "Student Data").Verdict);
        var programs = Assert.Single(report.Results, r => r.Area == "Special Programs");
        Assert.Equal(GrantVerdict.Missing, programs.Verdict);
        Assert.Equal(new AdminTick("Student Programs", "Special Programs", "Read"), programs.ToTick);
        foreach (var area in new[] { "Special Education", "GATE" })
        {
            var result = Assert.Single(report.Results, r => r.Area == area);
            Assert.Equal(GrantVerdict.NotVerifiable, result.Verdict);
            Assert.StartsWith($"The programs request was refused (Special Programs), so no {area} row could be seen.", result.Reason, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("Authorization has been denied for this request.", GrantVerdict.Missing, "Special Programs")]
    [InlineData("The district has not set permissions for \"Student Data Read\"", GrantVerdict.NotVerifiable, "Student Data")]
    public async Task A_refusal_of_the_programs_request_names_the_area_aeries_named_or_else_the_endpoints(string message, GrantVerdict specialPrograms, string named)
    {
        await using var mock = await MockSession.StartAsync(new MockAeriesOptions { Scale = 100 });
        var refusal = HostileAnswers.Json(401, JsonSerializer.Serialize(new { Message = message }));
        await using var server = HostileServer.Start(HostileAnswers.ByPath(HostileAnswers.Proxy(mock.Server.BaseUrl), ("/programs", refusal)));
        using var harness = new CheckerHarness();

        var report = await harness.CheckAsync(HostileClients.BaseUrl(server), mock.Certificate("full"), b =>
        {
            b.Spec = GrantSet.Parse("Student Data: Read; Special Programs: Read; Special Education: Read");
            b.ProbeOutsideSpec = false;
        });

        Assert.Equal(specialPrograms, Assert.Single(report.Results, r => r.Area == "Special Programs").Verdict);
        var rows = Assert.Single(report.Results, r => r.Area == "Special Education");
        Assert.Equal(GrantVerdict.NotVerifiable, rows.Verdict);
        Assert.StartsWith($"The programs request was refused ({named}), so no Special Education row could be seen.", rows.Reason, StringComparison.Ordinal);
    }

    /// <summary>Every program row of school 994, through a certificate that may see every kind.</summary>
    private static async Task<IReadOnlyList<StudentProgram>> EveryProgramRowAsync(MockSession mock)
    {
        var everything = new MockCertificate("every program row", "5eed00000000000000000000000000ff", GrantSet.Parse("Special Programs: Read; Special Education: Read; Free and Reduced: Read; GATE: Read"), "every program row");
        mock.Server.AcceptCertificate(everything);
        using var http = new System.Net.Http.HttpClient();
        return await new AeriesClient(mock.BaseUrl, AeriesCertificate.Parse(everything.Value), http).GetProgramsAsync(994, 0);
    }

    /// <summary>The article's table: GTE 127, CSE 144 (144x while evaluated), FRE 181/182, FOF 101 (no row), PGM the rest.</summary>
    private static string? Kind(StudentProgram program) => program.ProgramCode switch
    {
        "127" => "GATE",
        "144" or "144x" => "Special Education",
        "181" or "182" => "Free and Reduced",
        "101" => null,
        _ => "Special Programs",
    };
}
