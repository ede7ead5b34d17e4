using System;
using System.Threading.Tasks;
using IlluminatePerms.Client.Tests.Harness;
using IlluminatePerms.MockAeries;
using Xunit;

namespace IlluminatePerms.Client.Tests.Models;

/// <summary>
/// DatabaseYear on every request, systeminfo included: its article says the DatabaseYear field
/// reflects a valid year passed in the query string, so a client set to a year can confirm it.
/// </summary>
public class DatabaseYearTests
{
    [Fact]
    public async Task Systeminfo_is_asked_for_the_clients_year_and_echoes_it()
    {
        await using var mock = await MockSession.StartAsync(new MockAeriesOptions { Scale = 100 });
        var recorder = new RecordingHandler();

        var info = await mock.Client("full", o => o.DatabaseYear = 2025, recorder).GetSystemInfoAsync();

        Assert.Contains("DatabaseYear=2025", recorder.Requests[0].Uri.Query, StringComparison.Ordinal);
        Assert.Equal("2025-2026", info.DatabaseYear);
        Assert.Equal("2026-2027", (await mock.Client("full").GetSystemInfoAsync()).DatabaseYear);
    }
}
