using System.IO;
using System.Linq;
using System.Threading.Tasks;
using IlluminatePerms.Grants;
using IlluminatePerms.MockAeries.Security;
using IlluminatePerms.MockAeries.Tests.Harness;
using Xunit;

namespace IlluminatePerms.MockAeries.Tests;

/// <summary>The built-in certificates and certificates made from a spec file.</summary>
public sealed class CertificateTests
{
    [Fact]
    public void Built_in_profiles_follow_the_spec()
    {
        var spec = MockAeriesServer.BundledSpec.Grants;
        var profiles = CertificateProfiles.For(spec, 7).ToDictionary(c => c.Profile);

        Assert.Equal(CertificateProfiles.DemoCertificate, profiles["demo"].Value);
        Assert.Equal(spec, profiles["full"].Grants);
        Assert.Equal("Gradebook Data: Update; Gradebook Scores: Update", spec.Except(profiles["read-only"].Grants).ToString());
        Assert.Contains("Gradebook Scores: Update", spec.Except(profiles["partial"].Grants).ToString());
        Assert.True(spec.IsSubsetOf(profiles["excess"].Grants));
        Assert.Contains("Student Data: Update", profiles["excess"].Grants.Except(spec).ToString());
        Assert.True(profiles["empty"].Grants.IsEmpty);
        Assert.All(profiles.Values.Where(p => p.Profile != "demo"), p => Assert.Matches("^[0-9a-f]{32}$", p.Value));
        Assert.Equal(profiles["full"].Value, CertificateProfiles.For(spec, 7).Single(c => c.Profile == "full").Value);
        Assert.NotEqual(profiles["full"].Value, CertificateProfiles.For(spec, 8).Single(c => c.Profile == "full").Value);
    }

    [Fact]
    public async Task The_partial_profile_is_refused_the_score_write_back_naming_it()
    {
        await using var mock = await RunningMock.StartAsync(new MockAeriesOptions { Scale = 100 });

        var write = await mock.Aeries.PostAsync("gradebooks/4366926/assignments/1/Scores", """[{"StudentID": 99400001, "NumberCorrect": 5}]""", "partial");

        Assert.Equal(401, write.Status);
        Assert.Equal("The district has not set permissions for \"Gradebook Scores Update\"", write.Message);
        Assert.Equal(200, (await mock.Aeries.PostAsync("gradebooks/4366926/assignments/1/Scores", """[{"StudentID": 99400001, "NumberCorrect": 5}]""", "full")).Status);
    }

    [Fact]
    public async Task An_accepted_certificate_is_let_in_and_a_new_tick_on_it_takes_effect_at_once()
    {
        await using var server = await MockAeriesServer.StartAsync(new MockAeriesOptions { Scale = 50 });
        using var aeries = new AeriesCaller(server);
        var readOnly = new MockCertificate("vendor", "0123456789abcdef0123456789abcdef", GrantSet.Parse("Student Data: Read"), "before the tick");

        Assert.Equal(401, (await aeries.SendWithCertificateAsync("schools/994/students/99400001", readOnly.Value)).Status);
        server.AcceptCertificate(readOnly);
        Assert.Equal(200, (await aeries.SendWithCertificateAsync("schools/994/students/99400001", readOnly.Value)).Status);
        Assert.Equal(401, (await aeries.SendWithCertificateAsync("schools/994/flexperiods", readOnly.Value)).Status);

        server.AcceptCertificate(readOnly with { Grants = GrantSet.Parse("Student Data: Read; Flex Periods: Read") });
        server.Reset();

        Assert.Equal(200, (await aeries.SendWithCertificateAsync("schools/994/flexperiods", readOnly.Value)).Status);
        Assert.Equal("vendor", server.Journal.Entries.Single().Profile);
    }

    [Fact]
    public async Task A_certificate_can_take_its_grants_from_a_spec_file()
    {
        var directory = Directory.CreateTempSubdirectory("mock-cert-").FullName;
        var ticked = Path.Combine(directory, "district.csv");
        await File.WriteAllTextAsync(ticked, "Area,Access,Reason\nStudent Data,Read,ticked\nFlex Periods,Read,ticked\n");
        var broken = Path.Combine(directory, "broken.csv");
        await File.WriteAllTextAsync(broken, "Area,Access,Reason\nStudent Dta,Read,typo\n");

        var certificate = MockCertificate.FromSpecFile("district", "district-cert", ticked);
        await using var district = await RunningMock.StartAsync(new MockAeriesOptions { Scale = 50, Certificates = new[] { certificate } });

        Assert.Equal("Student Data: Read; Flex Periods: Read", certificate.Grants.ToString());
        Assert.Equal("the grants of district.csv", certificate.Description);
        Assert.Equal(200, (await district.Aeries.GetAsync("schools/994/flexperiods", "district")).Status);
        Assert.Equal(401, (await district.Aeries.GetAsync("schools/994/BellSchedule", "district")).Status);
        var error = Assert.Throws<System.FormatException>(() => MockCertificate.FromSpecFile("broken", "x", broken));
        Assert.StartsWith("The spec for certificate 'broken' has errors:" + System.Environment.NewLine, error.Message, System.StringComparison.Ordinal);
        Assert.Contains($"{broken}(2,1): error IP1006: 'Student Dta' is not an Aeries API Security area; did you mean 'Student Data'?", error.Message);
        Directory.Delete(directory, recursive: true);
    }
}
