using System;
using System.Net.Http;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using IlluminatePerms.Client;
using IlluminatePerms.Connection;
using IlluminatePerms.MockAeries;

namespace IlluminatePerms.Benchmarks;

/// <summary>
/// A school's attendance at the harness's default scale (600 students, ~52 MB of JSON) read as a list
/// and as a stream whose consumer keeps nothing. The answer is recorded from the mock once, then
/// replayed from memory, so the figures are the client's alone.
/// </summary>
[MemoryDiagnoser]
public class AttendanceStreamBenchmarks
{
    private const int School = 994;
    private const long Megabyte = 1024 * 1024;
    private HttpClient? http;
    private AeriesClient? client;

    [GlobalSetup]
    public async Task RecordAsync()
    {
        byte[] body;
        string certificate;
        await using (var mock = await MockAeriesServer.StartAsync(new MockAeriesOptions()))
        {
            using var recorder = new HttpClient();
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(mock.ApiUrl, $"schools/{School}/attendance"));
            certificate = mock.Certificate("demo").Value;
            request.Headers.Add("AERIES-CERT", certificate);
            using var response = await recorder.SendAsync(request);
            body = await response.EnsureSuccessStatusCode().Content.ReadAsByteArrayAsync();
        }

        Console.WriteLine($"// Recorded answer: {body.Length:N0} bytes");
        http = new HttpClient(new RecordedAnswerHandler(body));
        client = new AeriesClient(AeriesBaseUrl.Parse("https://aeries.example.org/"), AeriesCertificate.Parse(certificate), http);
    }

    [GlobalCleanup]
    public async Task MeasureRetainedAsync()
    {
        // What the list keeps alive once read; a stream's consumer keeps only what it chooses to.
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var held = await client!.GetAttendanceAsync(School);
        Console.WriteLine($"// The list of {held.Count} records holds {(GC.GetTotalMemory(forceFullCollection: true) - before) / Megabyte} MB");
        GC.KeepAlive(held);
        http?.Dispose();
    }

    [Benchmark(Baseline = true, Description = "GetAttendanceAsync (list)")]
    public async Task<int> List()
    {
        var records = await client!.GetAttendanceAsync(School);
        return records.Count;
    }

    [Benchmark(Description = "StreamAttendanceAsync (one record at a time)")]
    public async Task<int> Stream()
    {
        var days = 0;
        await foreach (var record in client!.StreamAttendanceAsync(School))
        {
            days += record.AttendanceDays.Count;
        }

        return days;
    }
}
