using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using IlluminatePerms.Contract;
using IlluminatePerms.MockAeries.Tests.Harness;
using IlluminatePerms.Tests.Shared;
using Xunit;

namespace IlluminatePerms.MockAeries.Tests;

/// <summary>
/// The generated district is part of what the mock promises: the same seed gives the same names and
/// numbers in every release, so a test author may assert on them. Each read of the contract, for the
/// demo identities of a small district (seed 1, scale 8), answers what Baselines/District/ holds. A
/// change to the generator shows up as a diff to review and accept (ILLUMINATEPERMS_UPDATE_BASELINES=1),
/// never as a silent change under someone's tests.
/// </summary>
public sealed class DistrictBaselineTests : IAsyncLifetime
{
    private const string Folder = "District";

    private RunningMock mock = null!;

    public static TheoryData<string> Reads() => new(ReadIds());

    public async Task InitializeAsync() => mock = await RunningMock.StartWithEverythingAsync(scale: 8);

    public async Task DisposeAsync() => await mock.DisposeAsync();

    [Theory]
    [MemberData(nameof(Reads))]
    public async Task Each_read_answers_the_pinned_district(string id)
    {
        var operation = AeriesContract.Get(id);

        var answer = await mock.Aeries.GetAsync(DemoPath.Fill(operation, mock.Server), "demo");

        Assert.True(answer.Status == 200, $"{id}: {answer.Status} {answer.Body}");
        Baseline.Match(Indented(answer.Body), Path.Combine(Folder, $"{id}.json"));
    }

    [Fact]
    public void Every_baseline_file_belongs_to_a_read_of_the_contract()
    {
        var folder = Path.Combine(Baseline.Folder(), Folder);
        var files = Directory.GetFiles(folder, "*.json").Select(file => Path.GetFileNameWithoutExtension(file));

        Assert.Equal(ReadIds().Order(), files.Order());
    }

    // Every read but systeminfo, whose CurrentDateTime is the clock's.
    private static IEnumerable<string> ReadIds()
        => AeriesContract.All.Where(o => o.Method == "GET" && !o.HasSideEffects && o.RequiresCertificate).Select(o => o.Id);

    private static string Indented(string json)
    {
        using var document = JsonDocument.Parse(json);
        return JsonSerializer.Serialize(document.RootElement, new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }
}
