using System.Linq;
using IlluminatePerms.Contract;
using IlluminatePerms.Grants;
using Xunit;

namespace IlluminatePerms.Runtime.Tests.Contract;

/// <summary>The one "how to verify" fact per area that <c>areas</c> and docs/areas.md show.</summary>
public class AreaVerificationTests
{
    private const string ProgramsRead = "GET schools/{SchoolCode}/students/{StudentID}/programs";

    [Theory]
    [InlineData("Special Programs")]
    [InlineData("Special Education")]
    [InlineData("Free and Reduced")]
    [InlineData("GATE")]
    public void Program_rows_are_inferred_from_the_programs_read_and_never_shown_as_probed(string name)
    {
        var verification = AeriesContract.VerificationOf(AreaCatalog.Get(name));

        Assert.Equal(AreaVerificationKind.Inferred, verification.Kind);
        Assert.Equal(ProgramsRead, verification.Operation?.ToString());
        Assert.StartsWith("inferred from the answer of " + ProgramsRead, verification.Text);
        Assert.Contains("undocumented assumption", verification.Text);
    }

    [Fact]
    public void Only_the_areas_the_checker_maps_program_codes_to_are_inferred()
    {
        // GATE, Special Education, Free and Reduced, and any other code: the checker's own mapping.
        var programRows = new[] { "127", "144", "181", "999" }.Select(code => ProgramRows.AreaOf(code)!).ToHashSet();

        var inferred = AreaCatalog.All.Where(a => AeriesContract.VerificationOf(a).Kind == AreaVerificationKind.Inferred).ToHashSet();

        Assert.Equal(programRows.OrderBy(a => a.Order), inferred.OrderBy(a => a.Order));
    }

    [Theory]
    [InlineData("Student Data", "GET schools/{SchoolCode}/students/{StudentID?}")]
    [InlineData("Gradebook Scores", "GET gradebooks/assignments/{UniqueID}/scores/{StudentID?}")]
    [InlineData("Staff Assignments (Classified)", "GET staff/{StaffID}/assignments/classified/{SequenceNumber?}")]
    public void An_area_with_a_probe_of_its_own_names_it(string name, string probe)
    {
        var verification = AeriesContract.VerificationOf(AreaCatalog.Get(name));

        Assert.Equal(AreaVerificationKind.Probe, verification.Kind);
        Assert.Equal(probe, verification.Operation?.ToString());
        Assert.Equal("probe: " + probe, verification.Text);
    }

    [Fact]
    public void An_area_without_a_read_says_why_it_cannot_be_verified()
    {
        foreach (var area in AreaCatalog.All.Where(a => AeriesContract.ProbeFor(a) is null && AeriesContract.VerificationOf(a).Kind != AreaVerificationKind.Inferred))
        {
            Assert.Equal(AreaVerificationKind.NotVerifiable, AeriesContract.VerificationOf(area).Kind);
            Assert.Null(AeriesContract.VerificationOf(area).Operation);
            Assert.Equal("not verifiable: " + AeriesContract.NotVerifiableReason(area), AeriesContract.VerificationOf(area).Text);
        }

        Assert.Equal(AreaVerificationKind.NotVerifiable, AeriesContract.VerificationOf(AreaCatalog.Get("Trigger Student Pre-Enrollment")).Kind);
    }

    [Fact]
    public void A_null_area_is_refused_by_name()
    {
        Assert.Equal("area", Assert.Throws<System.ArgumentNullException>(() => AeriesContract.VerificationOf(null!)).ParamName);
        Assert.Equal("area", Assert.Throws<System.ArgumentNullException>(() => AeriesContract.ForArea(null!)).ParamName);
    }
}
