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

// dotnet run -c Release --project bench/IlluminatePerms.ClientPaging [-- --students 100000 --page-size 500 --runs 3 --gc workstation,server --gen0-mb 4]
// Starts the mock in a child process (this program, "serve"), then pages a tenth, half and all of the
// students in fresh child processes ("page"), each reporting its peak working set: streaming means the
// figures match. --gc names the garbage collectors of the page processes, one table each: workstation
// (a command-line tool's) and server (ASP.NET Core's and a worker service's default, whose DATAS mode
// sizes the first-generation budget to the application). --gen0-mb caps that budget
// (DOTNET_GCgen0size): without it, a short workstation run may end before its first collection, so its
// peak is allocation volume, not what the client keeps.
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
        var students = int.Parse(Option("--students", "100000"), CultureInfo.InvariantCulture);
        var runs = int.Parse(Option("--runs", "3"), CultureInfo.InvariantCulture);
        var gen0Megabytes = int.Parse(Option("--gen0-mb", "0"), CultureInfo.InvariantCulture);
        return await MeasureAsync(students, Option("--page-size", "500"), runs, Option("--gc", "workstation,server").Split(','), gen0Megabytes);
}

static async Task<int> PageAsync(string url, string certificate, int limit, int pageSize)
{
    var options = new AeriesClientOptions { PageSize = pageSize };
    using var http = new HttpClient(AeriesPrimaryHandler.Create(null));
    var client = new AeriesClient(AeriesBaseUrl.Parse(url), AeriesCertificate.Parse(certificate), http, options);
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

static async Task<int> MeasureAsync(int students, string pageSize, int runs, string[] collectors, int gen0Megabytes)
{
    var self = typeof(AeriesClient).Assembly.Location.Length > 0 ? Environment.ProcessPath! : "dotnet";
    var entry = System.Reflection.Assembly.GetEntryAssembly()!.Location;
    using var server = Start(self, entry, $"serve --scale {students}", "workstation", 0);
    var url = (await server.StandardOutput.ReadLineAsync())!.Substring(4);
    var cert = (await server.StandardOutput.ReadLineAsync())!.Substring(5);
    Console.WriteLine($"mock: {students:N0} students in process {server.Id}; page size {pageSize}; {runs} run(s) per figure; gen0 budget {(gen0Megabytes == 0 ? "the runtime's default" : gen0Megabytes + " MB")}");
    var limits = new[] { students / 10, students / 2, students };
    foreach (var collector in collectors)
    {
        Console.WriteLine();
        Console.WriteLine($"{collector} GC");
        Console.WriteLine("| students paged | peak working set (MB), each run | median (MB) | seconds (median) | gen0 collections (median) |");
        Console.WriteLine("|---:|---|---:|---:|---:|");
        var medians = new double[limits.Length];
        for (var i = 0; i < limits.Length; i++)
        {
            var peaks = new double[runs];
            var seconds = new double[runs];
            var collections = new double[runs];
            for (var run = 0; run < runs; run++)
            {
                using var child = Start(self, entry, $"page --url {url} --cert {cert} --limit {limits[i]} --page-size {pageSize}", collector, gen0Megabytes);
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

        Console.WriteLine($"{collector} GC: ratio {limits[^1]:N0} / {limits[0]:N0}: {medians[^1] / medians[0]:0.000} (goal: at most 1.10); {limits[^1]:N0} / {limits[1]:N0}: {medians[^1] / medians[1]:0.000}");
    }

    server.StandardInput.Close();
    await server.WaitForExitAsync();
    return 0;
}

static double Median(double[] values)
{
    var sorted = values.Order().ToArray();
    return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
}

static Process Start(string host, string entry, string arguments, string collector, int gen0Megabytes)
{
    var useHost = Path.GetFileNameWithoutExtension(host) == "dotnet";
    var info = new ProcessStartInfo(host, useHost ? $"\"{entry}\" {arguments}" : arguments)
    {
        RedirectStandardOutput = true,
        RedirectStandardInput = true,
        UseShellExecute = false,
    };
    info.Environment["DOTNET_gcServer"] = collector switch
    {
        "workstation" => "0",
        "server" => "1",
        _ => throw new ArgumentException($"--gc takes workstation and/or server, not '{collector}'."),
    };
    if (gen0Megabytes > 0)
    {
        info.Environment["DOTNET_GCgen0size"] = "0x" + (gen0Megabytes * 1024L * 1024).ToString("x", CultureInfo.InvariantCulture);
    }

    return Process.Start(info)!;
}
