using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using IlluminatePerms.Client;
using IlluminatePerms.Client.Http;
using IlluminatePerms.Connection;
using IlluminatePerms.MockAeries;

// dotnet run -c Release --project bench/IlluminatePerms.ClientPaging [-- --students 100000 --page-size 500 --runs 3 --gen0-mb 4]
// Starts the mock in a child process (this program, "serve"), then pages 10,000 and 100,000 students
// in fresh child processes ("page"), each reporting its peak working set: streaming means the two match.
// --gen0-mb caps the GC's first-generation budget in the page processes (DOTNET_GCgen0size): without
// it, a short run may end before its first collection, so its peak is allocation volume, not what it keeps.
var arguments = args.ToList();
string Option(string name, string fallback) => arguments.IndexOf(name) is var i and >= 0 && i + 1 < arguments.Count ? arguments[i + 1] : fallback;

switch (arguments.FirstOrDefault())
{
    case "serve":
        await using (var mock = await MockAeriesServer.StartAsync(new MockAeriesOptions { Scale = int.Parse(Option("--scale", "100000"), CultureInfo.InvariantCulture) }))
        {
            Console.WriteLine($"URL {mock.BaseUrl}");
            Console.WriteLine($"CERT {mock.Certificate("full").Value}");
            // Until the parent closes our input.
            await Console.In.ReadToEndAsync();
        }

        return 0;

    case "page":
        return await PageAsync(Option("--url", string.Empty), Option("--cert", string.Empty), int.Parse(Option("--limit", "10000"), CultureInfo.InvariantCulture), int.Parse(Option("--page-size", "500"), CultureInfo.InvariantCulture));

    default:
        return await MeasureAsync(int.Parse(Option("--students", "100000"), CultureInfo.InvariantCulture), Option("--page-size", "500"), int.Parse(Option("--runs", "3"), CultureInfo.InvariantCulture), int.Parse(Option("--gen0-mb", "0"), CultureInfo.InvariantCulture));
}

static async Task<int> PageAsync(string url, string certificate, int limit, int pageSize)
{
    var options = new AeriesClientOptions { BaseUrl = AeriesBaseUrl.Parse(url), Certificate = AeriesCertificate.Parse(certificate), PageSize = pageSize };
    using var http = new HttpClient(AeriesPrimaryHandler.Create(null));
    var client = new AeriesClient(http, options);
    var watch = Stopwatch.StartNew();
    var count = 0;
    long checksum = 0;
    foreach (var school in await client.GetSchoolsAsync())
    {
        await foreach (var student in client.GetStudentsAsync(school.SchoolCode))
        {
            checksum += student.StudentID;
            if (++count == limit)
            {
                break;
            }
        }

        if (count == limit)
        {
            break;
        }
    }

    using var self = Process.GetCurrentProcess();
    self.Refresh();
    Console.WriteLine($"PEAK {self.PeakWorkingSet64} COUNT {count} SECONDS {watch.Elapsed.TotalSeconds:0.00} GC0 {GC.CollectionCount(0)} CHECKSUM {checksum}");
    return count == limit ? 0 : 1;
}

static async Task<int> MeasureAsync(int students, string pageSize, int runs, int gen0Megabytes)
{
    var self = typeof(AeriesClient).Assembly.Location.Length > 0 ? Environment.ProcessPath! : "dotnet";
    var entry = System.Reflection.Assembly.GetEntryAssembly()!.Location;
    using var server = Start(self, entry, $"serve --scale {students}", 0);
    var url = (await server.StandardOutput.ReadLineAsync())!.Substring(4);
    var cert = (await server.StandardOutput.ReadLineAsync())!.Substring(5);
    Console.WriteLine($"mock: {students:N0} students in process {server.Id}; page size {pageSize}; {runs} run(s) per figure; gen0 budget {(gen0Megabytes == 0 ? "the runtime's default" : gen0Megabytes + " MB")}");
    Console.WriteLine("| students paged | peak working set (MB), each run | median (MB) | seconds (median) | gen0 collections (median) |");
    Console.WriteLine("|---:|---|---:|---:|---:|");
    var medians = new double[2];
    var limits = new[] { students / 10, students };
    for (var i = 0; i < limits.Length; i++)
    {
        var peaks = new double[runs];
        var seconds = new double[runs];
        var collections = new double[runs];
        for (var run = 0; run < runs; run++)
        {
            using var child = Start(self, entry, $"page --url {url} --cert {cert} --limit {limits[i]} --page-size {pageSize}", gen0Megabytes);
            var line = (await child.StandardOutput.ReadToEndAsync()).Trim();
            await child.WaitForExitAsync();
            var parts = line.Split(' ');
            if (child.ExitCode != 0 || parts.Length < 8)
            {
                Console.Error.WriteLine($"page run failed: {line}");
                return 1;
            }

            peaks[run] = long.Parse(parts[1], CultureInfo.InvariantCulture) / 1024.0 / 1024.0;
            seconds[run] = double.Parse(parts[5], CultureInfo.InvariantCulture);
            collections[run] = double.Parse(parts[7], CultureInfo.InvariantCulture);
        }

        medians[i] = Median(peaks);
        Console.WriteLine($"| {limits[i]:N0} | {string.Join(", ", peaks.Select(p => p.ToString("0.0", CultureInfo.InvariantCulture)))} | {medians[i]:0.0} | {Median(seconds):0.00} | {Median(collections):0} |");
    }

    Console.WriteLine($"ratio {limits[1]:N0} / {limits[0]:N0}: {medians[1] / medians[0]:0.000} (goal: at most 1.10)");
    server.StandardInput.Close();
    await server.WaitForExitAsync();
    return 0;
}

static double Median(double[] values)
{
    var sorted = values.Order().ToArray();
    return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
}

static Process Start(string host, string entry, string arguments, int gen0Megabytes)
{
    var useHost = Path.GetFileNameWithoutExtension(host) == "dotnet";
    var info = new ProcessStartInfo(host, useHost ? $"\"{entry}\" {arguments}" : arguments)
    {
        RedirectStandardOutput = true,
        RedirectStandardInput = true,
        UseShellExecute = false,
    };
    if (gen0Megabytes > 0)
    {
        info.Environment["DOTNET_GCgen0size"] = "0x" + (gen0Megabytes * 1024L * 1024).ToString("x", CultureInfo.InvariantCulture);
    }

    return Process.Start(info)!;
}
