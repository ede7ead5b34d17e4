using System.Linq;
using System.Threading.Tasks;
using IlluminatePerms.Grants;
using IlluminatePerms.MockAeries.Security;
using IlluminatePerms.MockAeries.Tests.Harness;
using Xunit;

namespace IlluminatePerms.MockAeries.Tests;

/// <summary>
/// Student course requests as the Scheduling-related article's Student Course Requests section
/// documents them: the insert and update body's fields are kept, and an update leaves the fields it
/// omits unchanged.
/// </summary>
public sealed class CourseRequestTests : IAsyncLifetime
{
    private const string Request9 = "schools/994/students/99400001/courserequests/9";

    private RunningMock mock = null!;

    private AeriesCaller Aeries => mock.Aeries;

    public async Task InitializeAsync()
    {
        var requests = AreaCatalog.Get("Student Scheduling Schedules (Course Requests)");
        var grants = GrantSet.Of(new[] { AeriesAccess.Read, AeriesAccess.Insert, AeriesAccess.Update }.Select(access => new Grant(requests, access)));
        mock = await RunningMock.StartAsync(new MockAeriesOptions { Scale = 150, Certificates = new[] { new MockCertificate("demo", "requests", grants, "test") } });
    }

    public async Task DisposeAsync() => await mock.DisposeAsync();

    [Fact]
    public async Task The_documented_body_fields_are_kept_and_an_update_changes_only_what_it_sends()
    {
        var created = await Aeries.PostAsync("schools/994/students/99400001/courserequests", """{"CourseID":"0618","PreferredTeacherNumber":5,"RejectCode":"*","PermanentLockCode":"L"}""", "demo");
        Assert.Equal(201, created.Status);
        var sequence = created.Json.GetProperty("SequenceNumber").GetInt32();
        var path = $"schools/994/students/99400001/courserequests/{sequence}";

        Assert.Equal(200, (await Aeries.PutAsync(path, """{"RejectCode":""}""", "demo")).Status);
        var read = (await Aeries.GetAsync(path, "demo")).Json[0];

        Assert.Equal("0618", read.GetProperty("CourseID").GetString());
        Assert.Equal(5, read.GetProperty("PreferredTeacherNumber").GetInt32());
        Assert.Equal("", read.GetProperty("RejectCode").GetString());
        Assert.Equal("L", read.GetProperty("PermanentLockCode").GetString());
        Assert.False(read.TryGetProperty("Priority", out _), "Priority is not a documented field.");
    }

    [Fact]
    public async Task A_course_request_stores_every_field_and_takes_a_primary_course_only_for_an_alternate()
    {
        const string Every = """{"CourseID":"0617","SectionNumber":43,"PreferredTeacherNumber":5,"RejectCode":"R","AlternateTag":"X","ActualPrimaryCourseID":"0618","PermanentLockCode":"L"}""";
        var answer = await Aeries.PutAsync(Request9, Every, "demo");
        Assert.Equal(201, answer.Status);
        RecordAssert.Has(answer.Json, Every);

        var before = (await Aeries.GetAsync(Request9, "demo")).Json[0];
        await Aeries.PutAsync(Request9, """{"AlternateTag":"A","ActualPrimaryCourseID":"0619"}""", "demo");
        RecordAssert.ChangedOnly(before, (await Aeries.GetAsync(Request9, "demo")).Json[0], """{"AlternateTag":"A"}""");

        var tagged = (await Aeries.GetAsync(Request9, "demo")).Json[0];
        await Aeries.PutAsync(Request9, """{"AlternateTag":"X"}""", "demo");
        RecordAssert.ChangedOnly(tagged, (await Aeries.GetAsync(Request9, "demo")).Json[0], """{"AlternateTag":"X"}""");
    }
}
