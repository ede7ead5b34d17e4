using System;
using System.CommandLine;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using IlluminatePerms.Cli.Commands.Proxy;
using IlluminatePerms.Tests.Shared.Hostile;
using Xunit;

namespace IlluminatePerms.Cli.Tests.Proxy;

/// <summary>
/// Starting and stopping <c>proxy</c>: its options and their errors, the port it listens on, what it
/// says on standard error while it serves, and the requests under way at Ctrl+C.
/// </summary>
public sealed class ProxyStartTests
{
    private const string Certificate = "0123456789abcdef0123456789abcdef";

    [Fact]
    public async Task A_port_already_in_use_is_refused_naming_the_port()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var result = await CliRun.RunAsync("proxy", "--base-url", $"http://127.0.0.1:{CliRun.ClosedPort()}/", "--port", $"{port}").WaitAsync(TimeSpan.FromSeconds(60));

        Assert.NotEqual(0, result.ExitCode);
        Assert.StartsWith($"error: --port {port}: cannot listen on 127.0.0.1:{port} (", result.Error, StringComparison.Ordinal);
        Assert.EndsWith("). Give a free port, or 0 to pick one.", result.Error.TrimEnd(), StringComparison.Ordinal);
        Assert.DoesNotContain("listening", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("65536")]
    public async Task A_port_out_of_range_is_refused(string port)
    {
        var result = await CliRun.RunAsync("proxy", "--base-url", $"http://127.0.0.1:{CliRun.ClosedPort()}/", "--port", port).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("--port must be between 0 and 65535.", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("listening", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1")]
    [InlineData("65535")]
    public void A_port_from_0_to_65535_is_taken(string port)
    {
        var parsed = Root().Parse(["proxy", "--base-url", "http://127.0.0.1:1/", "--port", port]);

        Assert.Empty(parsed.Errors);
    }

    [Fact]
    public void Without_a_base_url_the_proxy_does_not_start()
    {
        var parsed = Root().Parse(["proxy", "--port", "0"]);

        Assert.Contains(parsed.Errors, error => error.Message.Contains("--base-url", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Keep_personal_data_without_record_is_refused()
    {
        var result = await CliRun.RunAsync("proxy", "--base-url", $"http://127.0.0.1:{CliRun.ClosedPort()}/", "--port", "0", "--keep-personal-data").WaitAsync(TimeSpan.FromSeconds(60));

        Assert.NotEqual(0, result.ExitCode);
        Assert.Equal("error: --keep-personal-data is about what --record writes: give --record DIR too.", result.Error.TrimEnd());
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public async Task A_base_url_that_is_not_an_address_is_refused_naming_the_option()
    {
        var result = await CliRun.RunAsync("proxy", "--base-url", "not an address", "--port", "0").WaitAsync(TimeSpan.FromSeconds(60));

        Assert.NotEqual(0, result.ExitCode);
        Assert.StartsWith("error: --base-url: ", result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public async Task Help_describes_each_option_and_the_default_port()
    {
        var result = await CliRun.RunAsync("proxy", "--help");

        Assert.Equal(0, result.ExitCode);
        var help = string.Join(' ', result.Out.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("Passes a vendor's Aeries requests to the district unchanged", help, StringComparison.Ordinal);
        Assert.Contains("--base-url", help, StringComparison.Ordinal);
        Assert.Contains("The district's Aeries address as pasted", help, StringComparison.Ordinal);
        Assert.Contains("--port", help, StringComparison.Ordinal);
        Assert.Contains("Port to listen on, on 127.0.0.1", help, StringComparison.Ordinal);
        Assert.Contains("5090", help, StringComparison.Ordinal);
        Assert.Contains("--record", help, StringComparison.Ordinal);
        Assert.Contains("Directory to record each request and answer in", help, StringComparison.Ordinal);
        Assert.Contains("--keep-personal-data", help, StringComparison.Ordinal);
        Assert.Contains("With --record: record names, birth dates", help, StringComparison.Ordinal);
    }

    [Fact]
    public async Task It_listens_on_127_0_0_1_and_adds_no_server_header_of_its_own()
    {
        await using var district = HostileServer.Start(HostileAnswers.Json(200, "[]"));
        await using var proxy = await ProxyRun.StartAsync(district.BaseUrl);

        using var answer = await proxy.GetAsync("api/v5/schools", Certificate);
        await proxy.StopAsync();

        Assert.Equal("127.0.0.1", proxy.Url.Host);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Empty(answer.Headers.Server);
    }

    [Fact]
    public async Task Standard_error_says_where_it_records_that_it_serves_and_that_it_stops()
    {
        using var replaced = new TempDirectory();
        using var kept = new TempDirectory();
        var district = new Uri($"http://127.0.0.1:{CliRun.ClosedPort()}/");

        CliResult recording, keeping, plain;
        await using (var proxy = await ProxyRun.StartAsync(district, null, "--record", replaced.Path))
        {
            recording = await proxy.StopAsync();
        }

        await using (var proxy = await ProxyRun.StartAsync(district, null, "--record", kept.Path, "--keep-personal-data"))
        {
            keeping = await proxy.StopAsync();
        }

        await using (var proxy = await ProxyRun.StartAsync(district))
        {
            plain = await proxy.StopAsync();
        }

        Assert.Equal($"Recording to {replaced.Path} (personal data replaced).\nServing until Ctrl+C.\nStopping: finishing the requests under way.\n", recording.Error.ReplaceLineEndings("\n"));
        Assert.Equal($"Recording to {kept.Path} (personal data kept as it came).\nServing until Ctrl+C.\nStopping: finishing the requests under way.\n", keeping.Error.ReplaceLineEndings("\n"));
        Assert.Equal("Serving until Ctrl+C.\nStopping: finishing the requests under way.\n", plain.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task A_request_under_way_at_ctrl_c_gets_its_answer_and_its_line()
    {
        using var answering = new SemaphoreSlim(0);
        HostileAnswer held = async (request, connection, cancellationToken) =>
        {
            await answering.WaitAsync(cancellationToken);
            await HostileAnswers.Json(200, "[]")(request, connection, cancellationToken);
        };
        await using var district = HostileServer.Start(held);
        await using var proxy = await ProxyRun.StartAsync(district.BaseUrl);

        var pending = proxy.GetAsync("api/v5/schools", Certificate);
        for (var attempt = 0; attempt < 200 && district.Received.Count == 0; attempt++)
        {
            await Task.Delay(50);
        }

        Assert.Single(district.Received);
        var stopping = proxy.StopAsync();

        // Let the stop begin while the district still holds the answer; the answer comes whenever it is released.
        await Task.Delay(300);
        Assert.False(stopping.IsCompleted, "the proxy stopped before the request under way was answered");
        answering.Release();
        using var answer = await pending.WaitAsync(TimeSpan.FromSeconds(30));
        var result = await stopping.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("[]", await answer.Content.ReadAsStringAsync());
        Assert.StartsWith("200 ", Assert.Single(proxy.RequestLines()), StringComparison.Ordinal);
        Assert.Contains("Stopping: finishing the requests under way.", result.Error, StringComparison.Ordinal);
    }

    private static RootCommand Root()
    {
        var environment = new CliEnvironment(TextWriter.Null, TextWriter.Null, _ => null, false, Path.GetTempPath());
        return new RootCommand { ProxyCommand.Create(environment) };
    }
}
