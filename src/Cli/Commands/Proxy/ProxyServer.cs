using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using IlluminatePerms.Connection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace IlluminatePerms.Cli.Commands.Proxy;

/// <summary>
/// Kestrel on 127.0.0.1 in front of the district. Each exchange is answered first and looked at after:
/// the contract check, the output line and the recording run on one reader of a bounded queue, so
/// they add nothing to the caller's wait. When the queue is full the exchange is not looked at but
/// counted instead: the traffic never waits for the check, and memory stays bounded.
/// </summary>
internal sealed class ProxyServer : IAsyncDisposable
{
    /// <summary>Most exchanges looked at, and lines written, at once: a batch's lines wait for its last check.</summary>
    private const int BatchSize = 64;

    private readonly WebApplication app;
    private readonly HttpMessageInvoker upstream;
    private readonly Channel<ProxiedExchange> exchanges;
    private readonly Task reading;

    private ProxyServer(WebApplication app, HttpMessageInvoker upstream, Channel<ProxiedExchange> exchanges, Task reading, Uri url)
    {
        this.app = app;
        this.upstream = upstream;
        this.exchanges = exchanges;
        this.reading = reading;
        Url = url;
    }

    /// <summary>Where the proxy listens, e.g. <c>http://127.0.0.1:41234/</c>: the base URL the vendor's integration is given.</summary>
    public Uri Url { get; }

    /// <summary>Starts listening on 127.0.0.1:<paramref name="port"/> (0 picks a free port).</summary>
    /// <exception cref="CliException">The port cannot be bound.</exception>
    /// <param name="district">Where requests are passed on.</param>
    /// <param name="port">The port to listen on.</param>
    /// <param name="limits">How much and how long one exchange is carried, and how many wait to be looked at.</param>
    /// <param name="look">Looks at the answered exchanges, a batch at a time, in the order they were answered.</param>
    /// <param name="overflow">Called, from any thread, for an exchange passed on while <paramref name="look"/> was too far behind to queue it.</param>
    /// <param name="cancellationToken">Stops the start.</param>
    public static async Task<ProxyServer> StartAsync(AeriesBaseUrl district, int port, ProxyLimits limits, Func<IReadOnlyList<ProxiedExchange>, Task> look, Action<ProxiedExchange> overflow, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, port);
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = limits.RequestBytes;
        });
        builder.Services.AddSingleton<Microsoft.Extensions.Hosting.IHostLifetime, NoConsoleLifetime>();
        var app = builder.Build();
        var upstream = new HttpMessageInvoker(Forwarder.Handler(limits));
        var forwarder = new Forwarder(district, upstream, limits);
        var exchanges = Channel.CreateBounded<ProxiedExchange>(new BoundedChannelOptions(limits.QueuedExchanges) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
        app.Run(async context =>
        {
            var exchange = await forwarder.ForwardAsync(context).ConfigureAwait(false);
            if (!exchanges.Writer.TryWrite(exchange))
            {
                overflow(exchange);
            }
        });
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (System.IO.IOException exception)
        {
            await app.DisposeAsync().ConfigureAwait(false);
            upstream.Dispose();
            throw new CliException($"--port {port}: cannot listen on 127.0.0.1:{port} ({exception.Message}). Give a free port, or 0 to pick one.", exception);
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var url = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/");
        return new ProxyServer(app, upstream, exchanges, ReadAsync(exchanges.Reader, look), url);
    }

    /// <summary>Stops taking requests, lets those under way finish, and waits until every exchange has been looked at.</summary>
    public async ValueTask DisposeAsync()
    {
        await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        exchanges.Writer.TryComplete();
        await reading.ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
        upstream.Dispose();
    }

    /// <summary>Hands <paramref name="look"/> what waits in the queue, up to <see cref="BatchSize"/> exchanges at a time.</summary>
    private static async Task ReadAsync(ChannelReader<ProxiedExchange> reader, Func<IReadOnlyList<ProxiedExchange>, Task> look)
    {
        var batch = new List<ProxiedExchange>(BatchSize);
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            // Taken out of the queue before they are looked at, so a slow look leaves the queue's room to the traffic.
            while (batch.Count < BatchSize && reader.TryRead(out var exchange))
            {
                batch.Add(exchange);
            }

            await look(batch).ConfigureAwait(false);
            batch.Clear();
        }
    }
}
