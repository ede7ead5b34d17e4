using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using IlluminatePerms.Grants;
using IlluminatePerms.MockAeries.Security;
using IlluminatePerms.MockAeries.Tests.Harness;
using Xunit;

namespace IlluminatePerms.MockAeries.Tests;

/// <summary>Certificate security: every area with and without its grant, writes, profiles, 401s.</summary>
public sealed class SecurityTests : IAsyncLifetime
{
    private static readonly GrantSet EveryRead = GrantSet.Of(AreaCatalog.All.Select(a => new Grant(a, AeriesAccess.Read)));

    private RunningMock mock = null!;

    private MockAeriesServer Server => mock.Server;

    private AeriesCaller Aeries => mock.Aeries;

    public static IEnumerable<object[]> ProbedAreas() => AreaCatalog.All.Where(a => a.Probe is not null).Select(a => new object[] { a.Name });

    public async Task InitializeAsync()
    {
        // For each probed area: a certificate with only that area, and one with every area but it.
        var certificates = AreaCatalog.All.Where(a => a.Probe is not null).SelectMany(area => new[]
        {
            new MockCertificate($"only {area.Name}", $"only-{area.Order:00}", GrantSet.Of(new Grant(area, AeriesAccess.Read)), "test"),
            new MockCertificate($"all but {area.Name}", $"allbut-{area.Order:00}", EveryRead.Without(new Grant(area, AeriesAccess.Read)), "test"),
        }).Concat(CertificateProfiles.For(MockAeriesServer.BundledSpec.Grants, 1)).ToList();
        certificates.Add(new MockCertificate("assignment writer", "assignment-writer", GrantSet.Parse("Gradebook Assignment: Read, Insert, Update"), "test"));
        certificates.Add(new MockCertificate("special education only", "sped-only", GrantSet.Parse("Special Education: Read"), "test"));
        mock = await RunningMock.StartAsync(new MockAeriesOptions { Scale = 300, Certificates = certificates });
    }

    public async Task DisposeAsync() => await mock.DisposeAsync();

    [Theory]
    [MemberData(nameof(ProbedAreas))]
    public async Task An_area_opens_its_probe_path_and_its_absence_closes_it(string areaName)
    {
        var area = AreaCatalog.Get(areaName);
        var path = DemoPath.Fill(area.Probe!.PathTemplate);
        var endpoint = Server.Routes.Match("GET", path).Endpoint!;

        var with = await Aeries.GetAsync(path, $"only {area.Name}");
        Assert.True(with.Status == 200, $"{area.Name} with its grant: {with.Status} {with.Body}");

        // Without the area, the path stays open only when another area also opens it (programs, gradebooks).
        var without = await Aeries.GetAsync(path, $"all but {area.Name}");
        var stillOpen = endpoint.AllowedBy.Any(grant => grant.Area != area);
        Assert.Equal(stillOpen ? 200 : 403, without.Status);
        if (!stillOpen)
        {
            Assert.Equal($"This certificate does not have the '{area.Name}: Read' permission.", without.Message);
        }
    }

    [Fact]
    public async Task Programs_are_filtered_by_the_program_areas_granted()
    {
        var data = Server.Data.Default;
        var student = data.StudentsBySchool[994].First(s => Data.DerivedRecords.ProgramsOf(data, s).Any(p => p.Area == "Special Education")
                                                          && Data.DerivedRecords.ProgramsOf(data, s).Any(p => p.Area != "Special Education"));
        var path = $"schools/994/students/{student.StudentID}/programs";

        var all = (await Aeries.GetAsync(path, "demo")).Json.EnumerateArray().Select(p => p.GetProperty("ProgramCode").GetString()).ToList();
        var sped = (await Aeries.GetAsync(path, "special education only")).Json.EnumerateArray().Select(p => p.GetProperty("ProgramCode").GetString()).ToList();

        Assert.Contains("SPED", all);
        Assert.True(all.Count > sped.Count);
        Assert.Equal(new[] { "SPED" }, sped);
        Assert.Equal(403, (await Aeries.GetAsync(path, "empty")).Status);
    }

    [Fact]
    public async Task Gradebook_categories_are_empty_without_the_gradebook_category_grant()
    {
        var withCategory = (await Aeries.GetAsync("gradebooks/4366926", "full")).Json;
        var withoutCategory = (await Aeries.GetAsync("gradebooks/4366926", "all but Gradebook Category")).Json;

        Assert.Equal(3, withCategory.GetProperty("AssignmentCategories").GetArrayLength());
        Assert.Equal(0, withoutCategory.GetProperty("AssignmentCategories").GetArrayLength());
    }

    [Fact]
    public async Task Missing_unknown_and_wrongly_cased_certificates_are_401()
    {
        Assert.Equal(401, (await Aeries.GetAsync("schools/994/students", profile: null)).Status);
        Assert.Equal(401, (await Aeries.SendWithCertificateAsync("schools/994/students", "0123456789abcdef0123456789abcdef")).Status);
        var upper = await Aeries.SendWithCertificateAsync("schools/994/students", Server.Certificate("full").Value.ToUpperInvariant());
        Assert.Equal(401, upper.Status);
        Assert.Equal("The AERIES-CERT header is missing or is not a certificate of this district.", upper.Message);
    }

    [Fact]
    public async Task Writes_need_update_or_insert_not_just_read()
    {
        const string score = """[{"StudentID": 99400001, "NumberCorrect": 5}]""";
        var readOnly = await Aeries.PostAsync("gradebooks/4366926/assignments/1/Scores", score, "read-only");
        Assert.Equal(403, readOnly.Status);
        Assert.Equal("This certificate does not have the 'Gradebook Scores: Update' permission.", readOnly.Message);

        var insert = await Aeries.PostAsync("gradebooks/4366926/Assignments", """{"Description":"Quiz","DateAssigned":"2026-09-01T00:00:00","PointsPossible":10}""", "full");
        Assert.Equal(403, insert.Status);
        Assert.Equal(201, (await Aeries.PostAsync("gradebooks/4366926/Assignments", """{"Description":"Quiz","DateAssigned":"2026-09-01T00:00:00","PointsPossible":10}""", "assignment writer")).Status);
        Assert.Equal(200, (await Aeries.PostAsync("gradebooks/4366926/assignments/1/Scores", score, "full")).Status);
    }

    [Fact]
    public void Built_in_profiles_follow_the_spec()
    {
        var spec = MockAeriesServer.BundledSpec.Grants;
        var profiles = CertificateProfiles.For(spec, 7).ToDictionary(c => c.Profile);

        Assert.Equal(CertificateProfiles.DemoCertificate, profiles["demo"].Value);
        Assert.Equal(spec, profiles["full"].Grants);
        Assert.Equal("Gradebook Data: Update; Gradebook Scores: Update", spec.Except(profiles["read-only"].Grants).ToString());
        Assert.Equal("Class Calendars: Read; Gradebook Scores: Update; Language Assessment Other: Read; Language Assessment Test History: Read; Language Assessment Waivers: Read",
            spec.Except(profiles["partial"].Grants).ToString().Split("; ").OrderBy(s => s, System.StringComparer.Ordinal).Aggregate((a, b) => a + "; " + b));
        Assert.True(spec.IsSubsetOf(profiles["excess"].Grants));
        Assert.Contains("Student Data: Update", profiles["excess"].Grants.Except(spec).ToString());
        Assert.True(profiles["empty"].Grants.IsEmpty);
        Assert.All(profiles.Values.Where(p => p.Profile != "demo"), p => Assert.Matches("^[0-9a-f]{32}$", p.Value));
        Assert.Equal(profiles["full"].Value, CertificateProfiles.For(spec, 7).Single(c => c.Profile == "full").Value);
        Assert.NotEqual(profiles["full"].Value, CertificateProfiles.For(spec, 8).Single(c => c.Profile == "full").Value);
    }

    [Fact]
    public async Task Disabled_areas_answer_501()
    {
        await using var disabled = await MockAeriesServer.StartAsync(new MockAeriesOptions { Scale = 50, DisabledAreas = new[] { "Flex Periods" } });
        using var caller = new AeriesCaller(disabled);

        var answer = await caller.GetAsync("schools/994/flexperiods", "demo");

        Assert.Equal(501, answer.Status);
        Assert.Equal("This area of the Aeries v5 API is not enabled for this district.", answer.Message);
        Assert.Equal(200, (await caller.GetAsync("schools/994/BellSchedule", "demo")).Status);
    }

    [Fact]
    public async Task A_certificate_can_take_its_grants_from_a_spec_file()
    {
        var directory = System.IO.Directory.CreateTempSubdirectory("mock-cert-").FullName;
        var ticked = System.IO.Path.Combine(directory, "district.csv");
        await System.IO.File.WriteAllTextAsync(ticked, "Area,Access,Reason\nStudent Data,Read,ticked\nFlex Periods,Read,ticked\n");
        var broken = System.IO.Path.Combine(directory, "broken.csv");
        await System.IO.File.WriteAllTextAsync(broken, "Area,Access,Reason\nStudent Dta,Read,typo\n");

        var certificate = MockCertificate.FromSpecFile("district", "district-cert", ticked);
        await using var district = await MockAeriesServer.StartAsync(new MockAeriesOptions { Scale = 50, Certificates = new[] { certificate } });
        using var caller = new AeriesCaller(district);

        Assert.Equal("Student Data: Read; Flex Periods: Read", certificate.Grants.ToString());
        Assert.Equal(200, (await caller.GetAsync("schools/994/flexperiods", "district")).Status);
        Assert.Equal(403, (await caller.GetAsync("schools/994/BellSchedule", "district")).Status);
        var error = Assert.Throws<System.FormatException>(() => MockCertificate.FromSpecFile("broken", "x", broken));
        Assert.Contains($"{broken}(2,1): error IP1006: 'Student Dta' is not an Aeries API Security area; did you mean 'Student Data'?", error.Message);
        System.IO.Directory.Delete(directory, recursive: true);
    }
}
