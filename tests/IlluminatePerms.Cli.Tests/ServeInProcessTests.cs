using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using IlluminatePerms.Cli.Commands.Serve;
using Xunit;

namespace IlluminatePerms.Cli.Tests;

/// <summary>
/// <c>serve</c> run in-process, stopped as Ctrl+C stops it: the whole of what it prints, the page it
/// serves, and the ports it takes. (<see cref="ServeCommandTests"/> runs it as a real process.)
/// </summary>
public sealed class ServeInProcessTests
{
    [Theory]
    [InlineData(false, false, "Addresses on loopback and private networks are refused. Ctrl+C stops it.\n")]
    [InlineData(true, false, "Private networks allowed: serve this page to no one you would not let into this network. Ctrl+C stops it.\n")]
    [InlineData(false, true, "")]
    public async Task Prints_the_address_alone_on_stdout_and_what_it_refuses_on_stderr_serves_the_page_and_stops_at_ctrl_c(bool allowPrivate, bool quiet, string refusalLine)
    {
        using var folder = new TempDirectory();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var synchronizedOut = TextWriter.Synchronized(output);
        var environment = new CliEnvironment(synchronizedOut, error, _ => null, IsInteractive: false, folder.Path) { Quiet = quiet };
        var parsed = new RootCommand { ServeCommand.Create(environment) }.Parse(allowPrivate ? ["serve", "--port", "0", "--allow-private-networks"] : ["serve", "--port", "0"]);
        Assert.Empty(parsed.Errors);
        using var stop = new CancellationTokenSource();

        var running = parsed.InvokeAsync(new InvocationConfiguration { Output = synchronizedOut, Error = error }, stop.Token);
        var page = await WaitForPageAsync(synchronizedOut, output, running);
        using var http = new HttpClient();
        using var answer = await http.GetAsync(page);
        await stop.CancelAsync();
        var code = await running.WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains("<label for=\"certificate\">API certificate</label>", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, code);
        var root = page.AbsoluteUri.TrimEnd('/');
        Assert.Equal($"Check page: {root}/   (API: POST {root}/api/check)\n", output.ToString().ReplaceLineEndings("\n"));
        var specLine = quiet ? string.Empty : $"Spec: the bundled example spec (Illuminate Education's permissions.csv), not yours: no permissions.csv in {folder.Path}. Run in your project's folder or pass --spec PATH.\n";
        Assert.Equal(specLine + refusalLine, error.ToString().ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData("-1", false)]
    [InlineData("0", true)]
    [InlineData("65535", true)]
    [InlineData("65536", false)]
    public void A_port_is_taken_from_0_to_65535(string port, bool taken)
    {
        using var folder = new TempDirectory();
        var environment = new CliEnvironment(TextWriter.Null, TextWriter.Null, _ => null, IsInteractive: false, folder.Path);

        var parsed = new RootCommand { ServeCommand.Create(environment) }.Parse(["serve", "--port", port]);

        Assert.Equal(taken ? [] : ["--port must be between 0 and 65535."], parsed.Errors.Select(e => e.Message));
    }

    /// <summary>The page's address, once serve has printed it (within a minute).</summary>
    private static async Task<Uri> WaitForPageAsync(TextWriter synchronizedOut, StringWriter output, Task<int> running)
    {
        for (var attempt = 0; attempt < 1200; attempt++)
        {
            string printed;
            // TextWriter.Synchronized locks the wrapper itself: reading under that lock never meets a half write.
            lock (synchronizedOut)
            {
                printed = output.ToString();
            }

            if (Regex.Match(printed, @"^Check page: (http://127\.0\.0\.1:\d+/)") is { Success: true } match)
            {
                return new Uri(match.Groups[1].Value);
            }

            Assert.False(running.IsCompleted, $"serve stopped before printing its address: {printed}");
            await Task.Delay(50);
        }

        throw new TimeoutException("serve printed no address within a minute");
    }
}
