using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using IlluminatePerms.Client.Errors;
using IlluminatePerms.Client.Tests.Harness;
using IlluminatePerms.Grants;
using IlluminatePerms.MockAeries;
using Xunit;

namespace IlluminatePerms.Client.Tests.Client;

public sealed class AeriesClientTests : IAsyncLifetime
{
    private MockSession mock = null!;

    public async Task InitializeAsync() => mock = await MockSession.StartAsync(new MockAeriesOptions { Scale = 400 });

    public async Task DisposeAsync() => await mock.DisposeAsync();

    [Fact]
    public async Task Requests_ask_for_JSON_name_the_tool_and_send_the_certificate_only_where_needed()
    {
        var recorder = new RecordingHandler();
        var client = mock.Client("full", o => o.DatabaseYear = 2025, recorder);

        await client.GetSystemInfoAsync();
        var school = (await client.GetSchoolsAsync()).First();

        var systeminfo = recorder.Requests[0];
        var schools = recorder.Requests[1];
        Assert.Equal("application/json", schools.Headers["Accept"]);
        Assert.StartsWith("IlluminatePerms/0.1.0", schools.Headers["User-Agent"], StringComparison.Ordinal);
        Assert.Equal(mock.Server.Certificate("full").Value, schools.Headers["AERIES-CERT"]);
        Assert.False(systeminfo.Headers.ContainsKey("AERIES-CERT"));
        Assert.Contains("DatabaseYear=2025", schools.Uri.Query, StringComparison.Ordinal);
        Assert.True(school.SchoolCode > 0);
    }

    [Fact]
    public async Task Paging_returns_every_record_once_across_many_pages()
    {
        var client = mock.Client("full");
        var school = (await client.GetSchoolsAsync()).First().SchoolCode;
        var all = await mock.Client("full", o => o.PageSize = 10_000).GetStudentsAsync(school).ToListAsync();
        var recorder = new RecordingHandler();

        var paged = await mock.Client("full", o => o.PageSize = 7, recorder).GetStudentsAsync(school).ToListAsync();

        Assert.True(all.Count > 70, $"only {all.Count} students at the school: too few pages to mean anything");
        Assert.Equal(all.Select(s => s.StudentID), paged.Select(s => s.StudentID));
        Assert.Equal(paged.Count, paged.Select(s => s.StudentID).Distinct().Count());
        Assert.Equal((all.Count / 7) + 1, recorder.Requests.Count);
        Assert.Contains("StartingRecord=8&EndingRecord=14", recorder.Requests[1].Uri.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stopping_the_enumeration_stops_the_requests()
    {
        var recorder = new RecordingHandler();
        var client = mock.Client("full", o => o.PageSize = 5, recorder);
        var school = (await client.GetSchoolsAsync()).First().SchoolCode;

        var first = await client.GetStudentsAsync(school).Take(12).ToListAsync();

        Assert.Equal(12, first.Count);
        Assert.Equal(1 + 3, recorder.Requests.Count);
    }

    [Theory]
    [InlineData(401)]
    [InlineData(403)]
    public async Task A_refused_permission_is_a_typed_exception_naming_the_area_and_access(int status)
    {
        await using var refusing = await MockSession.StartAsync(new MockAeriesOptions { Scale = 100, Assumptions = new MockAssumptions { MissingPermissionStatusCode = status } });
        var client = refusing.Client("empty");
        var school = (await client.GetSchoolsAsync()).First().SchoolCode;

        var refused = await Assert.ThrowsAsync<AeriesPermissionException>(() => client.GetStudentsAsync(school).ToListAsync().AsTask());

        Assert.Equal(status, refused.StatusCode);
        Assert.Equal("Student Data", refused.Area.Name);
        Assert.Equal(AeriesAccess.Read, refused.Access);
        Assert.Equal("students.get_student_information", refused.OperationId);
        Assert.Contains("Student Data", refused.AeriesMessage, StringComparison.Ordinal);
        Assert.Contains("Student Data → Student Data → Read", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_certificate_is_rejected_where_no_permission_is_needed_without_showing_it()
    {
        var client = new AeriesClient(mock.BaseUrl, IlluminatePerms.Connection.AeriesCertificate.Parse("0123456789abcdef0123456789abcdef"), new HttpClient());

        var rejected = await Assert.ThrowsAsync<AeriesCertificateRejectedException>(() => client.GetSchoolsAsync());

        Assert.Equal(401, rejected.StatusCode);
        Assert.Contains("0123…cdef", rejected.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("0123456789abcdef0123456789abcdef", rejected.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_guard_refuses_a_call_outside_the_spec_before_any_request()
    {
        var recorder = new RecordingHandler();
        var client = mock.Client("demo", o => o.Guard = GrantSet.Parse("Gradebook Data: Read"), recorder);

        var refused = await Assert.ThrowsAsync<MissingGrantException>(() => client.GetStudentsAsync(994).ToListAsync().AsTask());
        await client.GetSchoolsAsync();

        Assert.Equal("Student Data: Read", refused.Required.ToString());
        Assert.Single(recorder.Requests);
    }

    [Fact]
    public async Task Response_bodies_are_capped()
    {
        var client = mock.Client("full", o => { o.PageSize = 10_000; o.MaxResponseBytes = 4096; });
        var school = (await client.GetSchoolsAsync()).First().SchoolCode;

        var tooLarge = await Assert.ThrowsAsync<AeriesResponseTooLargeException>(() => client.GetStudentsAsync(school).ToListAsync().AsTask());

        Assert.Equal(4096, tooLarge.LimitBytes);
    }

    [Fact]
    public async Task A_closed_port_is_a_connection_error_that_names_the_host_not_the_certificate()
    {
        var client = new AeriesClient(IlluminatePerms.Connection.AeriesBaseUrl.Parse("http://127.0.0.1:9/"), mock.Certificate("full"), new HttpClient());

        var failed = await Assert.ThrowsAsync<AeriesConnectionException>(() => client.GetSchoolsAsync());

        Assert.False(failed.IsTls);
        Assert.Equal("127.0.0.1", failed.Host);
        Assert.False(mock.Certificate("full").AppearsIn(failed.ToString()));
    }
}
