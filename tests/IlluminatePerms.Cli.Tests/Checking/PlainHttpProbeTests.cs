using System;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using IlluminatePerms.Cli.Checking;
using IlluminatePerms.Tests.Shared.Hostile;
using Xunit;

namespace IlluminatePerms.Cli.Tests.Checking;

/// <summary>
/// The probe that tells a plain-HTTP server on an https address from an untrusted certificate: it
/// says yes only to an HTTP status line, however the bytes arrive, and no to everything else,
/// within its own time limit.
/// </summary>
public sealed class PlainHttpProbeTests
{
    /// <summary>Far above the probe's own 5 s limit: a probe that ignores its limit fails here instead of hanging the run.</summary>
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_status_line_is_a_yes_even_when_it_arrives_a_byte_at_a_time_and_the_probe_sends_only_a_bare_head_request()
    {
        await using var server = HostileServer.Start(async (_, connection, cancellationToken) =>
        {
            foreach (var letter in "HTTP/1.1 400 Bad Request\r\n\r\n"u8.ToArray())
            {
                await connection.WriteAsync(new[] { letter }, cancellationToken);
                await connection.FlushAsync(cancellationToken);
                await Task.Delay(20, cancellationToken);
            }
        });

        Assert.True(await ProbeAsync(server));
        var request = Assert.Single(server.Received);
        Assert.Equal($"HEAD / HTTP/1.0\r\nHost: {server.BaseUrl.Authority}\r\n\r\n", request.Head);
    }

    [Theory]
    [InlineData("SSH-2.0-OpenSSH_9.6\r\n")]
    [InlineData("http/1.1 200 OK\r\n\r\n")]
    [InlineData("HTTP")]
    [InlineData("")]
    public async Task Anything_but_a_whole_status_line_start_is_a_no(string answer)
    {
        await using var server = HostileServer.Start(async (_, connection, cancellationToken) => await connection.WriteAsync(Encoding.ASCII.GetBytes(answer), cancellationToken));

        Assert.False(await ProbeAsync(server));
    }

    [Fact]
    public async Task A_server_that_never_answers_is_a_no_after_the_probes_limit()
    {
        await using var server = HostileServer.Start(HostileAnswers.Silence());

        Assert.False(await ProbeAsync(server));
    }

    [Fact]
    public async Task A_port_nobody_listens_on_is_a_no()
    {
        Assert.False(await PlainHttpProbe.AnswersPlainHttpAsync(new Uri($"https://127.0.0.1:{CliRun.ClosedPort()}/aeries/"), CancellationToken.None).WaitAsync(HangGuard));
    }

    private static Task<bool> ProbeAsync(HostileServer server)
        => PlainHttpProbe.AnswersPlainHttpAsync(new Uri($"https://{server.BaseUrl.Authority}/aeries/"), CancellationToken.None).WaitAsync(HangGuard);
}
