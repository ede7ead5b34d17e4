using System;
using System.CommandLine;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using IlluminatePerms.AspNetCore;
using IlluminatePerms.Cli.SpecChoice;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IlluminatePerms.Cli.Commands.Serve;

/// <summary>
/// <c>serve</c>: the check page of IlluminatePerms.AspNetCore on this machine, the page at <c>/</c> and
/// the JSON API at <c>POST /api/check</c>, until Ctrl+C. It listens on 127.0.0.1 only.
/// </summary>
internal static class ServeCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliEnvironment environment)
    {
        var port = new Option<int>("--port") { Description = "The port to listen on, on 127.0.0.1 (0: a free one, printed).", DefaultValueFactory = _ => 5090 };
        port.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 0 or > 65535)
            {
                r.AddError("--port must be between 0 and 65535.");
            }
        });
        var specPath = SpecOption.Create();
        var allowPrivate = new Option<bool>("--allow-private-networks") { Description = "Let checks call loopback, private, link-local and multicast addresses (a mock on this machine, a district's own network). Off by default: the page refuses them, at each connection." };
        var command = new Command("serve", "Serves the check page: a district admin pastes the Aeries address and the certificate and sees what to tick. The page at /, the JSON API at POST /api/check ({\"baseUrl\": …, \"certificate\": …}, answering the report of check --format json). Ctrl+C stops it.")
        {
            port, specPath, allowPrivate,
        };
        command.SetAction((parsed, cancellationToken) => Guarded.RunAsync(environment, verbose: false, () => RunAsync(environment, parsed.GetValue(port), parsed.GetValue(specPath), parsed.GetValue(allowPrivate), cancellationToken)));
        return command;
    }

    private static async Task<int> RunAsync(CliEnvironment environment, int port, string? specPath, bool allowPrivateNetworks, CancellationToken cancellationToken)
    {
        var chosen = SpecSource.Choose(environment, specPath);
        SpecSource.Announce(environment, chosen);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        // The server's own warnings and errors on standard error; standard output is the address alone.
        builder.Logging.ClearProviders().SetMinimumLevel(LogLevel.Warning).AddSimpleConsole(console => console.SingleLine = true);
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.AddAeriesCheck(options => options.AllowPrivateNetworks = allowPrivateNetworks);
        await using var app = builder.Build();
        app.UseRateLimiter();
        app.MapAeriesCheck("/", chosen.Spec, chosen.Name);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        await environment.Out.WriteLineAsync($"Check page: {address.TrimEnd('/')}/   (API: POST {address.TrimEnd('/')}/api/check)").ConfigureAwait(false);
        if (!environment.Quiet)
        {
            await environment.Error.WriteLineAsync(allowPrivateNetworks
                ? "Private networks allowed: serve this page to no one you would not let into this network. Ctrl+C stops it."
                : "Addresses on loopback and private networks are refused. Ctrl+C stops it.").ConfigureAwait(false);
        }

        await environment.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Ctrl+C: the way the server is meant to stop.
        }

        await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
