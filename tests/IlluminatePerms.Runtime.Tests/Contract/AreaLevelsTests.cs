using System.Linq;
using IlluminatePerms.Contract;
using IlluminatePerms.Grants;
using IlluminatePerms.Spec;
using Xunit;

namespace IlluminatePerms.Runtime.Tests.Contract;

/// <summary>
/// Every level a documented operation uses is one the area catalog lists (what <c>illuminate-perms
/// areas</c> shows and IP1008 checks), so a spec never hears "no known endpoint uses" of a level
/// Aeries documents.
/// </summary>
public class AreaLevelsTests
{
    [Fact]
    public void Each_operations_level_is_listed_on_its_area_and_on_every_area_its_rows_may_be_of()
    {
        foreach (var operation in AeriesContract.All.Where(o => o.RequiredGrant is not null))
        {
            var grant = operation.RequiredGrant!.Value;
            foreach (var area in operation.RowAreas.Append(grant.Area))
            {
                Assert.True((AeriesContract.AccessUsedOn(area) & grant.Access) == grant.Access, $"{operation}: {area.Name} lists {AeriesContract.AccessUsedOn(area)}, the operation uses {grant.Access}.");
            }
        }
    }

    [Theory]
    [InlineData("Staff Job Assignments")]
    [InlineData("Staff Assignments (Classified)")]
    [InlineData("Student Scheduling Schedules (Course Requests)")]
    public void The_documented_assignment_and_course_request_writes_give_every_level(string area)
    {
        Assert.Equal(AeriesAccess.Read | AeriesAccess.Insert | AeriesAccess.Update | AeriesAccess.Delete, AeriesContract.AccessUsedOn(AreaCatalog.Get(area)));
    }

    [Fact]
    public void A_spec_asking_for_the_classified_assignment_writes_is_not_warned()
    {
        var spec = SpecParser.Parse("Group,Table/Program Area,Permission Needed,Reason\nScheduling,Staff Assignments (Classified),\"Read, Insert, Update, Delete\",Staff sync\nScheduling,Gradebook Category,\"Read, Delete\",Category sync\n");

        Assert.False(spec.HasErrors, string.Join("; ", spec.Diagnostics));
        var unsupported = spec.Diagnostics.Where(d => d.Id == SpecDiagnosticIds.UnsupportedAccess).ToList();
        Assert.Single(unsupported);
        Assert.Contains("Gradebook Category", unsupported[0].Message, System.StringComparison.Ordinal);
    }
}
