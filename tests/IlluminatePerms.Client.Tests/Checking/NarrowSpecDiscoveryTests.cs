using System;
using System.Linq;
using System.Threading.Tasks;
using IlluminatePerms.Checking;
using IlluminatePerms.Checking.Report;
using IlluminatePerms.Client.Tests.Harness;
using IlluminatePerms.Client.Tests.Transport;
using IlluminatePerms.Connection;
using IlluminatePerms.Grants;
using IlluminatePerms.MockAeries;
using IlluminatePerms.MockAeries.Security;
using IlluminatePerms.Tests.Shared.Hostile;
using Xunit;

namespace IlluminatePerms.Client.Tests.Checking;

/// <summary>
/// Discovery with a narrow certificate: what it reads finds the identifiers, a blocked result names
/// the identifier it lacks, and a proven score write proves the score read it made first.
/// </summary>
public class NarrowSpecDiscoveryTests
{
    [Fact]
    public async Task Staff_data_is_read_through_its_own_listing_when_no_teacher_or_section_names_a_staff_member()
    {
        await using var mock = await MockSession.StartAsync(new MockAeriesOptions { Scale = 100 });
        using var harness = new CheckerHarness();
        var spec = GrantSet.Parse("Student Data: Read; Contacts: Read; Attendance History: Read; Staff Data: Read");

        var report = await harness.CheckAsync(mock, Exactly(mock, spec), b => b.Spec = spec);

        Assert.All(report.Results, r => Assert.Equal(GrantVerdict.Verified, r.Verdict));
        Assert.Contains(report.Identifiers, i => i.Name == "StaffID" && i.Source == "staff.get_staff_information");
        // The listing and the one staff member's record: the listing is asked for once, however many wait on it.
        Assert.Equal(1, mock.Server.Journal.Entries.Count(e => e.Path.EndsWith("/api/v5/staff", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_blocked_result_names_the_identifier_it_lacks()
    {
        await using var mock = await MockSession.StartAsync(new MockAeriesOptions { Scale = 100 });
        using var harness = new CheckerHarness();
        var spec = GrantSet.Parse("Test Scores: Read; Staff Job Assignments: Read");

        var report = await harness.CheckAsync(mock, Exactly(mock, spec), b => b.Spec = spec);

        Assert.Equal(("StudentID", GrantVerdict.Blocked), Pair(report, "Test Scores"));
        Assert.Equal(("StaffID", GrantVerdict.Blocked), Pair(report, "Staff Job Assignments"));
        Assert.False(report.IsSatisfied);
    }

    [Fact]
    public async Task A_proven_score_write_proves_the_score_read_no_gradebook_could_be_found_for()
    {
        await using var mock = await MockSession.StartAsync(new MockAeriesOptions { Scale = 150 });
        using var harness = new CheckerHarness();
        var client = mock.Client("full");
        var school = (await client.GetSchoolsAsync()).First().SchoolCode;
        var staff = (await client.GetTeachersAsync(school)).First(t => t.StaffID1 > 0).StaffID1;
        var gradebook = (await client.GetStaffGradebooksAsync(staff)).First().GradebookNumber;
        var assignment = (await client.GetAssignmentsAsync(gradebook)).First().AssignmentNumber;
        var student = (await client.GetAssignmentScoresAsync(gradebook, assignment)).First().StudentID;
        var spec = GrantSet.Parse("Gradebook Scores: Read, Update");
        var certificate = Exactly(mock, spec);

        var without = await harness.CheckAsync(mock, certificate, b => b.Spec = spec);
        var with = await harness.CheckAsync(mock, certificate, b => { b.Spec = spec; b.ProveScoreWrite = new ScoreWriteProof(gradebook, assignment, student); });

        Assert.Equal(("UniqueID", GrantVerdict.Blocked), Pair(without, "Gradebook Scores"));
        var read = with.Results.Single(r => r.Access == "Read");
        Assert.Equal(GrantVerdict.Verified, read.Verdict);
        Assert.StartsWith("The no-op score write read the score, wrote it back and read it back", read.Reason, StringComparison.Ordinal);
        Assert.Null(read.NeededIdentifier);
        Assert.Equal(GrantVerdict.Verified, with.Results.Single(r => r.Access == "Update").Verdict);
    }

    [Fact]
    public async Task A_score_write_refused_proves_nothing_of_the_read()
    {
        await using var mock = await MockSession.StartAsync(new MockAeriesOptions { Scale = 150 });
        using var harness = new CheckerHarness();
        var spec = GrantSet.Parse("Gradebook Scores: Read, Update");
        var certificate = Exactly(mock, GrantSet.Parse("Gradebook Scores: Read"));

        var (gradebook, assignment, score) = await mock.FirstScoreAsync();

        var report = await harness.CheckAsync(mock, certificate, b => { b.Spec = spec; b.ProveScoreWrite = new ScoreWriteProof(gradebook, assignment, score.StudentID); });

        Assert.Equal(("UniqueID", GrantVerdict.Blocked), Pair(report, "Gradebook Scores"));
        var update = report.Results.Single(r => r.Area == "Gradebook Scores" && r.Access == "Update");
        Assert.Equal((GrantVerdict.Missing, "Aeries refused the no-op score write (401).", 401), (update.Verdict, update.Reason, update.StatusCode));
        Assert.Equal("Gradebook → Gradebook Scores → Update", update.ToTick?.ToString());
    }

    [Fact]
    public async Task Without_outside_probes_no_area_is_read_that_no_result_needs()
    {
        await using var mock = await MockSession.StartAsync(new MockAeriesOptions { Scale = 100 });
        using var harness = new CheckerHarness();
        var spec = GrantSet.Parse("Student Data: Read; Contacts: Read");

        var report = await harness.CheckAsync(mock, Exactly(mock, spec), b => { b.Spec = spec; b.ProbeOutsideSpec = false; });
        await Task.Delay(200);

        // systeminfo, schools, the student listing and the contacts: no teachers, sections or gradebooks.
        Assert.Equal(4, report.Requests);
        Assert.Equal(
            new[] { "/api/v5/schools", "/api/v5/schools/994/contacts/99400001", "/api/v5/schools/994/students", "/api/v5/systeminfo" },
            mock.Server.Journal.Entries.Select(e => e.Path).Order(StringComparer.Ordinal));
    }

    /// <summary>An answer that lists no usable identifier: (spec, path it answers, its JSON, the result waiting on it, and what that result says).</summary>
    public static TheoryData<string, string, string, string, GrantVerdict, string> UnusableListings => new()
    {
        // Student Data is readable but lists no one.
        { "Student Data: Read; Test Scores: Read", "/students", "[]", "Test Scores", GrantVerdict.Error, "Found no student to probe with (students.get_student_information answered no StudentID); give StudentID in GrantCheckRequest.Identifiers." },
        // Teachers without an ID, and no Master Schedule: the teachers' answer says why, not the missing grants.
        { "Teacher Data: Read; Staff Job Assignments: Read", "/teachers", "[{\"StaffID1\":0}]", "Staff Job Assignments", GrantVerdict.Error, "Found no staff member to probe with (staff.get_teachers answered no StaffID1); give StaffID in GrantCheckRequest.Identifiers." },
        // A section whose staff list is not a list: no staff member, and no Teacher Data to ask.
        { "Master Schedule: Read; Staff Job Assignments: Read", "/sections", "[{\"SectionNumber\":1,\"SectionStaffMembers\":{\"StaffID\":994601}}]", "Staff Job Assignments", GrantVerdict.Blocked, "Needs Teacher Data: Read to find a staff member." },
    };

    [Theory]
    [MemberData(nameof(UnusableListings))]
    public async Task A_listing_without_a_usable_identifier_says_so(string specText, string path, string json, string area, GrantVerdict verdict, string reason)
    {
        await using var mock = await MockSession.StartAsync(new MockAeriesOptions { Scale = 100 });
        await using var server = HostileServer.Start(HostileAnswers.ByPath(HostileAnswers.Proxy(mock.Server.BaseUrl), (path, HostileAnswers.Json(200, json))));
        using var harness = new CheckerHarness();
        var spec = GrantSet.Parse(specText);

        var report = await harness.CheckAsync(HostileClients.BaseUrl(server), Exactly(mock, spec), b => { b.Spec = spec; b.ProbeOutsideSpec = false; });

        var result = report.Results.Single(r => r.Area == area);
        Assert.Equal((verdict, reason), (result.Verdict, result.Reason));
        Assert.Equal(specText.StartsWith("Student", StringComparison.Ordinal) ? "StudentID" : "StaffID", result.NeededIdentifier);
    }

    [Fact]
    public async Task A_certificate_that_sees_no_school_says_so_for_every_read_that_needs_one()
    {
        await using var mock = await MockSession.StartAsync(new MockAeriesOptions { Scale = 100 });
        await using var server = HostileServer.Start(EvidenceAnswers.When(EvidenceAnswers.PathEndsWith("/api/v5/schools"), HostileAnswers.Json(200, "[]"), HostileAnswers.Proxy(mock.Server.BaseUrl)));
        using var harness = new CheckerHarness();
        var spec = GrantSet.Parse("Bell Schedule: Read; Student Data: Read");

        var report = await harness.CheckAsync(HostileClients.BaseUrl(server), Exactly(mock, spec), b => { b.Spec = spec; b.ProbeOutsideSpec = false; });

        Assert.Equal(CheckOutcome.Completed, report.Outcome);
        Assert.All(report.Results, r => Assert.Equal((GrantVerdict.Error, "The certificate sees no school.", "SchoolCode"), (r.Verdict, r.Reason, r.NeededIdentifier)));
        Assert.Equal(2, report.Count(GrantVerdict.Error));
        Assert.Equal(0, report.Count(GrantVerdict.Verified));
    }

    [Fact]
    public async Task A_given_school_code_is_used_instead_of_the_first_school()
    {
        await using var mock = await MockSession.StartAsync(new MockAeriesOptions { Scale = 100 });
        // School 1 comes first in the list but is not the mock's: any probe sent to it would show.
        await using var server = HostileServer.Start(EvidenceAnswers.When(EvidenceAnswers.PathEndsWith("/api/v5/schools"), HostileAnswers.Json(200, """[{"SchoolCode": 1}, {"SchoolCode": 994}]"""), HostileAnswers.Proxy(mock.Server.BaseUrl)));
        using var harness = new CheckerHarness();
        // Without Student Data, a student is found through the school's contacts listing.
        var spec = GrantSet.Parse("Bell Schedule: Read; Contacts: Read");

        var report = await harness.CheckAsync(HostileClients.BaseUrl(server), Exactly(mock, spec), b =>
        {
            b.Spec = spec;
            b.ProbeOutsideSpec = false;
            b.Identifiers["SchoolCode"] = "994";
        });

        Assert.All(report.Results, r => Assert.Equal(GrantVerdict.Verified, r.Verdict));
        Assert.DoesNotContain(server.Received, r => r.Target.Contains("/schools/1/", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(new IdentifierUse("SchoolCode", "994", "given"), report.Identifiers);
    }

    [Fact]
    public async Task The_first_staff_member_with_an_id_in_a_sections_staff_list_is_used()
    {
        await using var mock = await MockSession.StartAsync(new MockAeriesOptions { Scale = 100 });
        var sections = "[{\"SectionNumber\":1,\"SectionStaffMembers\":[{\"StaffID\":0},{\"Name\":\"no id\"},{\"StaffID\":994601},{\"StaffID\":994602}]}]";
        await using var server = HostileServer.Start(HostileAnswers.ByPath(HostileAnswers.Proxy(mock.Server.BaseUrl), ("/sections", HostileAnswers.Json(200, sections))));
        using var harness = new CheckerHarness();
        var spec = GrantSet.Parse("Master Schedule: Read; Staff Job Assignments: Read");

        var report = await harness.CheckAsync(HostileClients.BaseUrl(server), Exactly(mock, spec), b => { b.Spec = spec; b.ProbeOutsideSpec = false; });

        Assert.Equal(("994601", "scheduling.get_sections_from_master_schedule"), report.Identifiers.Where(i => i.Name == "StaffID").Select(i => (i.Value, i.Source)).Single());
        Assert.All(report.Results, r => Assert.Equal(GrantVerdict.Verified, r.Verdict));
    }

    private static (string?, GrantVerdict) Pair(GrantCheckReport report, string area)
    {
        var result = report.Results.First(r => r.Area == area && r.Access == "Read");
        return (result.NeededIdentifier, result.Verdict);
    }

    private static AeriesCertificate Exactly(MockSession mock, GrantSet grants)
    {
        var certificate = new MockCertificate($"exactly {grants}", Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)), grants, "exactly the spec");
        mock.Server.AcceptCertificate(certificate);
        return AeriesCertificate.Parse(certificate.Value);
    }
}
