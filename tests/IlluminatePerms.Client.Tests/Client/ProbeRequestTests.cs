using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using IlluminatePerms.Client.Tests.Harness;
using IlluminatePerms.Contract;
using IlluminatePerms.MockAeries;
using Xunit;

namespace IlluminatePerms.Client.Tests.Client;

/// <summary>A probe asks for as little as the operation allows: one record of a paged list, and no query otherwise.</summary>
public sealed class ProbeRequestTests
{
    [Theory]
    [InlineData("students.get_student_information", "/api/v5/schools/994/students", "?StartingRecord=1&EndingRecord=1")]
    [InlineData("schools.get_bell_schedule", "/api/v5/schools/994/BellSchedule", "")]
    public async Task A_probe_of_a_paged_list_asks_for_one_record(string operationId, string path, string query)
    {
        await using var mock = await MockSession.StartAsync(new MockAeriesOptions { Scale = 50 });
        var recorder = new RecordingHandler();
        var client = mock.Client("full", handler: recorder);

        using var body = await client.ProbeAsync(AeriesContract.Get(operationId), new Dictionary<string, string> { ["SchoolCode"] = "994" }, CancellationToken.None);

        var sent = Assert.Single(recorder.Requests).Uri;
        Assert.Equal((path, query), (sent.AbsolutePath, sent.Query));
        Assert.NotEqual(0, body.RootElement.GetArrayLength());
    }
}
