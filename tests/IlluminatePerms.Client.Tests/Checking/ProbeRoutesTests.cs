using System.Collections.Generic;
using System.Linq;
using IlluminatePerms.Checking;
using IlluminatePerms.Contract;
using IlluminatePerms.Grants;
using Xunit;

namespace IlluminatePerms.Client.Tests.Checking;

/// <summary>
/// Which documented reads the checker may try for an area, in which order, and the forms of a read that
/// list a whole school without a person's ID (left out where optional, 0 where the article says 0 is all).
/// </summary>
public class ProbeRoutesTests
{
    [Fact]
    public void Each_area_starts_with_its_probe_then_reads_by_identifiers_needed_whole_school_reads_last()
    {
        foreach (var area in AreaCatalog.All)
        {
            var routes = ProbeRoutes.For(area);
            if (AeriesContract.ProbeFor(area) is not { } probe)
            {
                Assert.Empty(routes);
                continue;
            }

            Assert.Same(probe, routes[0]);
            Assert.All(routes, route => Assert.True(route.IsReadOf(area), $"{route.Id} is not a read of {area.Name}"));
            Assert.Equal(routes.Count, routes.Distinct().Count());
            var others = routes.Skip(1).ToList();
            Assert.Equal(AeriesContract.ForArea(area).Count(o => o.IsReadOf(area)) - 1, others.Count);
            var order = others.Select(o => (o.ReturnsWholeSchool, Needed(o))).ToList();
            Assert.Equal(order.OrderBy(o => o.ReturnsWholeSchool).ThenBy(o => o.Item2), order);
        }
    }

    [Fact]
    public void Student_data_has_other_reads_after_its_probe()
        => Assert.True(ProbeRoutes.For(AreaCatalog.Get("Student Data")).Count > 1);

    [Theory]
    [InlineData("students.get_contacts", "StudentID", "")]
    [InlineData("students.get_programs", "StudentID", "StudentID=0")]
    [InlineData("students.get_student_information_extended", "StudentID", "StudentID=0")]
    [InlineData("students.get_school_authorizations", "StudentID", "")]
    [InlineData("schools.get_school_calendar", "StaffID", "")]
    public void A_read_lists_a_school_without_the_identifier(string operationId, string identifier, string values)
        => Assert.Equal(values, Text(ProbeRoutes.ListingWithout(AeriesContract.Get(operationId), identifier)));

    [Theory]
    [InlineData("students.get_contacts", "StaffID")]
    [InlineData("students.get_test_scores", "StudentID")]
    [InlineData("students.get_student_information_extended_sn_student_number_extended", "StudentNumber")]
    [InlineData("attendance.get_student_enrollment_history_schools_school_code_enrollment_student_id_year_academic_year", "StudentID")]
    public void A_read_that_needs_the_identifier_or_another_cannot_list_without_it(string operationId, string identifier)
        => Assert.Null(ProbeRoutes.ListingWithout(AeriesContract.Get(operationId), identifier));

    private static int Needed(AeriesOperation operation)
        => operation.Parameters.Count(p => p != "SchoolCode" && p != operation.OptionalParameter);

    private static string? Text(Dictionary<string, string>? values)
        => values is null ? null : string.Join("&", values.OrderBy(v => v.Key, System.StringComparer.Ordinal).Select(v => $"{v.Key}={v.Value}"));
}
