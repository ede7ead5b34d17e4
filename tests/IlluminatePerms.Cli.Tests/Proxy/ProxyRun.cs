using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using IlluminatePerms.Cli.Commands.Proxy;
using Xunit;

namespace IlluminatePerms.Cli.Tests.Proxy;

/// <summary>
/// <c>illuminate-perms proxy</c> run in-process on a free port, stopped as Ctrl+C stops it (its
/// cancellation), with what it printed captured. Requests go through <see cref="Client"/>, which
/// follows no redirect, so a test sees exactly what the proxy passed back.
/// </summary>
internal sealed class ProxyRun : IAsyncDisposable
{
    private readonly StringWriter output = new();
    private readonly StringWriter error = new();

    // Its writes lock the writer itself (as TextWriter.Synchronized does): reads take the same lock.
    private readonly TextWriter syncOut;
    private readonly GatedWriter gatedOut;
    private readonly CancellationTokenSource stop = new();
    private Task<int> running = Task.FromResult(0);

    private ProxyRun()
    {
        syncOut = TextWriter.Synchronized(output);

        // The gate is outside the lock, so that reading Out never waits for a held write.
        gatedOut = new GatedWriter(syncOut);
    }

    /// <summary>Reset it and the proxy's standard output stops taking lines (its check falls behind); set it again to let them through.</summary>
    public ManualResetEventSlim OutputOpen => gatedOut.Open;

    /// <summary>The proxy's address, the base URL the integration is given.</summary>
    public Uri Url { get; private set; } = null!;

    /// <summary>A client that follows no redirect.</summary>
    public HttpClient Client { get; } = new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false });

    /// <summary>Standard output so far.</summary>
    public string Out
    {
        get
        {
            lock (syncOut)
            {
                return output.ToString();
            }
        }
    }

    /// <summary>Starts the proxy in front of <paramref name="district"/> with <paramref name="options"/> added to its arguments.</summary>
    public static async Task<ProxyRun> StartAsync(Uri district, ProxyLimits? limits = null, params string[] options)
    {
        var run = new ProxyRun();
        var environment = new CliEnvironment(run.gatedOut, TextWriter.Synchronized(run.error), _ => null, false, Path.GetTempPath());
        var root = new RootCommand { ProxyCommand.Create(environment, limits ?? new ProxyLimits()) };
        var parsed = root.Parse(["proxy", "--base-url", district.AbsoluteUri, "--port", "0", .. options]);
        Assert.Empty(parsed.Errors);
        run.running = parsed.InvokeAsync(new InvocationConfiguration { Output = environment.Out, Error = environment.Error }, run.stop.Token);
        for (var attempt = 0; attempt < 600 && run.Url is null; attempt++)
        {
            if (Regex.Match(run.Out, @"listening on (\S+)") is { Success: true } listening)
            {
                run.Url = new Uri(listening.Groups[1].Value);
                break;
            }

            if (run.running.IsCompleted)
            {
                break;
            }

            await Task.Delay(50);
        }

        Assert.True(run.Url is not null, $"the proxy did not start: {run.Out}{run.error}");
        return run;
    }

    /// <summary>A GET through the proxy with the certificate header.</summary>
    public Task<HttpResponseMessage> GetAsync(string path, string? certificate) => SendAsync(HttpMethod.Get, path, certificate);

    /// <summary>A GET that returns once the headers arrive, so the test reads the body as a stream (nothing buffers it first).</summary>
    public Task<HttpResponseMessage> GetHeadersAsync(string path, string? certificate)
        => SendAsync(HttpMethod.Get, path, certificate, completion: HttpCompletionOption.ResponseHeadersRead);

    /// <summary>A request through the proxy with the certificate header and, when given, a JSON body.</summary>
    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? certificate, string? json = null, HttpCompletionOption completion = HttpCompletionOption.ResponseContentRead)
    {
        using var request = new HttpRequestMessage(method, new Uri(Url, path));
        if (certificate is not null)
        {
            request.Headers.Add("AERIES-CERT", certificate);
        }

        if (json is not null)
        {
            request.Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        }

        return await Client.SendAsync(request, completion);
    }

    /// <summary>Stops the proxy as Ctrl+C does; what it printed, the summary included.</summary>
    public async Task<CliResult> StopAsync()
    {
        await stop.CancelAsync();
        var code = await running;
        lock (syncOut)
        {
            return new CliResult(code, output.ToString(), error.ToString());
        }
    }

    /// <summary>The lines of standard output that report a request.</summary>
    public string[] RequestLines() => Out.Split('\n').Where(line => Regex.IsMatch(line, @"^\d{3} ")).ToArray();

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (!running.IsCompleted)
        {
            await StopAsync();
        }

        Client.Dispose();
        stop.Dispose();
        gatedOut.Dispose();
    }
}
