using System.Linq;
using System.Threading.Tasks;
using IlluminatePerms.MockAeries.Data;
using IlluminatePerms.MockAeries.Tests.Harness;
using Xunit;

namespace IlluminatePerms.MockAeries.Tests;

public sealed class DeterminismTests
{
    private static readonly string[] Paths =
    {
        "schools/994/students", "schools/994/contacts/0", "staff", "schools/994/sections", "gradebooks/4366926/assignments/1/scores",
        "schools/994/attendance/99400001", "students/99400001/tests", "schools/994/StudentPictures/99400001", "schools/994/Transcript/0",
    };

    [Fact]
    public async Task The_same_seed_gives_the_same_bytes_and_another_seed_other_bytes()
    {
        await using var first = await MockAeriesServer.StartAsync(new MockAeriesOptions { Scale = 400, Seed = 11 });
        await using var second = await MockAeriesServer.StartAsync(new MockAeriesOptions { Scale = 400, Seed = 11 });
        await using var other = await MockAeriesServer.StartAsync(new MockAeriesOptions { Scale = 400, Seed = 12 });
        using var a = new AeriesCaller(first);
        using var b = new AeriesCaller(second);
        using var c = new AeriesCaller(other);

        foreach (var path in Paths)
        {
            var bytes = (await a.GetAsync(path, "demo")).Body;
            Assert.Equal(bytes, (await b.GetAsync(path, "demo")).Body);
            Assert.NotEqual(bytes, (await c.GetAsync(path, "demo")).Body);
        }

        Assert.Equal(first.Certificate("full").Value, second.Certificate("full").Value);
    }

    [Theory]
    [InlineData(1, 1, 8)]
    [InlineData(1500, 1, 60)]
    [InlineData(1501, 2, 31)]
    [InlineData(100_000, 67, 60)]
    public void Scale_sets_students_and_schools_and_the_demo_identities_always_exist(int scale, int schools, int teachersAt994)
    {
        var data = DataSetBuilder.Build(3, scale, 2026);

        Assert.Equal(scale, data.StudentCount);
        Assert.Equal(schools, data.Schools.Count);
        Assert.Equal(teachersAt994, data.TeachersOf(994).Count);
        Assert.Equal("Screaming Eagle High School", data.SchoolsByCode[994].Name);
        Assert.True(data.StudentsById.ContainsKey(99400001));
        Assert.True(data.StaffById.ContainsKey(994605));
        Assert.True(data.GradebooksByNumber.ContainsKey(4366926));
        Assert.True(data.SectionsByKey.ContainsKey((994, 43)));
        Assert.True(data.CoursesById.ContainsKey("0618"));
    }

    [Fact]
    public async Task Cached_record_json_is_byte_for_byte_what_serializing_the_list_gives()
    {
        await using var server = await MockAeriesServer.StartAsync(new MockAeriesOptions { Scale = 120 });
        using var aeries = new AeriesCaller(server);
        var data = server.Data.Default;

        var first = (await aeries.GetAsync("schools/994/students?StartingRecord=3&EndingRecord=40")).Body;
        var again = (await aeries.GetAsync("schools/994/students?StartingRecord=3&EndingRecord=40")).Body;
        var direct = System.Text.Json.JsonSerializer.Serialize(data.StudentsOf(994).Skip(2).Take(38).ToList(), Http.AeriesJson.Context.ListStudent);

        Assert.Equal(direct, first);
        Assert.Equal(direct, again);
        Assert.Equal("[]", (await aeries.GetAsync("schools/994/students?StartingRecord=500")).Body);
    }
}
