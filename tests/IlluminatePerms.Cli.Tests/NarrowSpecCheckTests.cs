using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using IlluminatePerms.Client;
using IlluminatePerms.Connection;
using IlluminatePerms.Grants;
using IlluminatePerms.MockAeries;
using IlluminatePerms.MockAeries.Security;
using Xunit;

namespace IlluminatePerms.Cli.Tests;

/// <summary>
/// A vendor with a narrow spec, checked with exactly its certificate: every grant with a documented
/// read is checked, discovery using what that certificate reads, and where no identifier can be
/// found the blocked result names the option that gives one, which then checks it.
/// </summary>
public sealed class NarrowSpecCheckTests
{
    private const string Header = "# Product Name: Narrow vendor\nGroup,Table/Program Area,Permission Needed,Reason\n";

    [Fact]
    public async Task Student_data_contacts_attendance_history_and_staff_data_are_all_verified_with_exactly_their_certificate()
    {
        await using var aeries = await MockAeriesServer.StartAsync(new MockAeriesOptions { Scale = 100 });
        using var directory = new TempDirectory();

        var result = await CheckAsync(aeries, directory, "Student Data: Read; Contacts: Read; Attendance History: Read; Staff Data: Read");

        Assert.Equal(0, result.ExitCode);
        var results = Results(result);
        Assert.Equal(new[] { "Student Data", "Contacts", "Attendance History", "Staff Data" }, results.Select(r => r.Area));
        Assert.All(results, r => Assert.Equal("verified", r.Verdict));
        Assert.Equal("staff.get_staff_information", results.Single(r => r.Area == "Staff Data").Operation);
    }

    [Fact]
    public async Task Reads_that_list_a_school_stand_in_for_student_data_when_the_spec_lacks_it()
    {
        await using var aeries = await MockAeriesServer.StartAsync(new MockAeriesOptions { Scale = 100 });
        using var directory = new TempDirectory();

        // Contacts lists the school without a student ID; Test Scores needs one, which Contacts' records give.
        var result = await CheckAsync(aeries, directory, "Contacts: Read; Test Scores: Read; Authorizations: Read; Enrollment History: Read");

        Assert.Equal(0, result.ExitCode);
        Assert.All(Results(result), r => Assert.Equal("verified", r.Verdict));
    }

    [Fact]
    public async Task A_student_that_cannot_be_found_is_blocked_naming_the_option_and_the_option_checks_it()
    {
        await using var aeries = await MockAeriesServer.StartAsync(new MockAeriesOptions { Scale = 100 });
        using var directory = new TempDirectory();
        var student = await FirstStudentAsync(aeries);

        var blocked = await CheckAsync(aeries, directory, "Test Scores: Read");
        var given = await CheckAsync(aeries, directory, "Test Scores: Read", "--student", student);

        Assert.Equal(1, blocked.ExitCode);
        var row = Assert.Single(Results(blocked));
        Assert.Equal("blocked", row.Verdict);
        Assert.EndsWith("Give one with --student ID.", row.Reason, StringComparison.Ordinal);
        Assert.Equal(0, given.ExitCode);
        Assert.Equal("verified", Assert.Single(Results(given)).Verdict);
    }

    [Fact]
    public async Task Staff_and_score_options_check_gradebooks_that_no_staff_member_or_gradebook_reveals()
    {
        await using var aeries = await MockAeriesServer.StartAsync(new MockAeriesOptions { Scale = 100 });
        using var directory = new TempDirectory();
        var proof = await IlluminatePerms.Cli.Commands.Check.DemoScoreProof.FindAsync(aeries, default);
        var staff = (await FullClient(aeries).GetTeachersAsync(994)).First(t => t.StaffID1 > 0).StaffID1.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var blocked = await CheckAsync(aeries, directory, "Gradebook Data: Read; Gradebook Scores: Read");
        var given = await CheckAsync(aeries, directory, "Gradebook Data: Read; Gradebook Scores: Read", "--staff", staff, "--score", $"{proof.GradebookNumber}/{proof.AssignmentNumber}");

        Assert.Equal(1, blocked.ExitCode);
        var rows = Results(blocked);
        Assert.EndsWith("Give one with --staff ID.", rows.Single(r => r.Area == "Gradebook Data").Reason, StringComparison.Ordinal);
        Assert.EndsWith("Give one with --score GRADEBOOK/ASSIGNMENT.", rows.Single(r => r.Area == "Gradebook Scores").Reason, StringComparison.Ordinal);
        Assert.Equal(0, given.ExitCode);
        Assert.All(Results(given), r => Assert.Equal("verified", r.Verdict));
    }

    [Fact]
    public async Task A_section_option_checks_gradebook_data_through_the_sections_gradebooks()
    {
        await using var aeries = await MockAeriesServer.StartAsync(new MockAeriesOptions { Scale = 100 });
        using var directory = new TempDirectory();
        var section = (await FullClient(aeries).GetSectionsAsync(994)).First().SectionNumber.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var result = await CheckAsync(aeries, directory, "Gradebook Data: Read", "--section", section);

        Assert.Equal(0, result.ExitCode);
        var row = Assert.Single(Results(result));
        Assert.Equal(("verified", "gradebook.get_gradebook_information_schools_school_code_sections_section_number_gradebooks"), (row.Verdict, row.Operation));
    }

    [Theory]
    [InlineData("--score", "12", "GRADEBOOK/ASSIGNMENT (2 positive whole numbers separated by '/')")]
    [InlineData("--score", "12/x", "GRADEBOOK/ASSIGNMENT (2 positive whole numbers separated by '/')")]
    [InlineData("--student", "-4", "ID (a positive whole number)")]
    [InlineData("--school", "high", "CODE (a positive whole number)")]
    [InlineData("--section", "0", "NUMBER (a positive whole number)")]
    [InlineData("--staff", "7/8", "ID (a positive whole number)")]
    public async Task A_malformed_identifier_is_a_usage_error_naming_the_expected_shape(string option, string value, string shape)
    {
        var result = await CliRun.RunAsync("check", option, value);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{option} expects {shape}; got '{value}'.", result.Error, StringComparison.Ordinal);
    }

    private static async Task<CliResult> CheckAsync(MockAeriesServer aeries, TempDirectory directory, string grants, params string[] options)
    {
        var spec = GrantSet.Parse(grants);
        var certificate = new MockCertificate($"exactly {grants}", Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)), spec, "exactly the spec");
        aeries.AcceptCertificate(certificate);
        var path = directory.File($"spec-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, Header + string.Concat(spec.Select(g => $"{g.Area.Group},{g.Area.Name},Read,needed\n")));
        var variables = new Dictionary<string, string> { ["AERIES_CERT"] = certificate.Value };
        return await CliRun.InAsync(variables, directory.Path, ["check", "--base-url", aeries.BaseUrl.AbsoluteUri, "--spec", path, "--format", "json", .. options]);
    }

    private static List<(string Area, string Verdict, string Reason, string? Operation)> Results(CliResult result)
    {
        using var json = JsonDocument.Parse(result.Out);
        return json.RootElement.GetProperty("results").EnumerateArray()
            .Select(r => (r.GetProperty("area").GetString()!, r.GetProperty("verdict").GetString()!, r.GetProperty("reason").GetString()!, r.TryGetProperty("operationId", out var id) ? id.GetString() : null))
            .ToList();
    }

    private static async Task<string> FirstStudentAsync(MockAeriesServer aeries)
    {
        await foreach (var student in FullClient(aeries).GetStudentsAsync(994))
        {
            return student.StudentID.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        throw new InvalidOperationException("The mock has no student at school 994.");
    }

    private static AeriesClient FullClient(MockAeriesServer aeries)
        => new(AeriesBaseUrl.Parse(aeries.BaseUrl.AbsoluteUri), AeriesCertificate.Parse(aeries.Certificate("demo").Value), new HttpClient());
}
