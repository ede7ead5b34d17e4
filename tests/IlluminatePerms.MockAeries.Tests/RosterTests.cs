using System.Linq;
using System.Threading.Tasks;
using IlluminatePerms.MockAeries.Tests.Harness;
using Xunit;

namespace IlluminatePerms.MockAeries.Tests;

/// <summary>MockAeriesServer.Roster, the public view of the generated data, tells what the API answers.</summary>
public sealed class RosterTests
{
    [Fact]
    public async Task The_roster_names_the_schools_and_students_the_api_returns()
    {
        await using var server = await MockAeriesServer.StartAsync(new MockAeriesOptions { Scale = 1501 });
        using var aeries = new AeriesCaller(server);

        var schools = (await aeries.GetAsync("schools")).Json.EnumerateArray().Select(s => s.GetProperty("SchoolCode").GetInt32()).Order().ToList();
        Assert.Equal(schools, server.Roster.SchoolCodes);
        Assert.Equal(2, schools.Count);

        var total = 0;
        foreach (var school in schools)
        {
            var students = (await aeries.GetAsync($"schools/{school}/students")).Json.EnumerateArray().Select(s => s.GetProperty("StudentID").GetInt32()).Order().ToList();
            Assert.NotEmpty(students);
            Assert.Equal(students, server.Roster.StudentIdsAt(school));
            total += students.Count;
        }

        Assert.Equal(1501, total);
        Assert.Empty(server.Roster.StudentIdsAt(12345));
    }
}
