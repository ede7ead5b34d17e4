using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using IlluminatePerms.Spec;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IlluminatePerms.AspNetCore.Tests.Harness;

/// <summary>
/// A site that maps the check page, on Kestrel at 127.0.0.1 on a free port, logging everything
/// (Trace) into <see cref="Logs"/> so tests can prove the certificate never reaches a log.
/// </summary>
internal sealed class CheckPageHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private CheckPageHost(WebApplication app, Uri root, ConcurrentQueue<string> logs)
    {
        this.app = app;
        Root = root;
        Logs = logs;
    }

    /// <summary>The server's root, e.g. http://127.0.0.1:41234/.</summary>
    public Uri Root { get; }

    /// <summary>Every log line written while the host ran.</summary>
    public ConcurrentQueue<string> Logs { get; }

    /// <summary>Starts a site with the page at <paramref name="path"/>.</summary>
    /// <param name="configure">The page's options; private networks are allowed unless it says otherwise (the mock is on loopback).</param>
    /// <param name="path">Where the page is mapped.</param>
    /// <param name="useRateLimiter">False leaves out app.UseRateLimiter(), as a careless site would.</param>
    /// <param name="services">More services, registered before AddAeriesCheck (which keeps them).</param>
    /// <param name="spec">The spec the page checks against (default: the bundled example).</param>
    /// <param name="specName">How reports name the spec (default: the page's own default).</param>
    public static async Task<CheckPageHost> StartAsync(Action<AeriesCheckOptions>? configure = null, string path = "/", bool useRateLimiter = true, Action<IServiceCollection>? services = null, PermissionSpec? spec = null, string? specName = null)
    {
        var logs = new ConcurrentQueue<string>();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders().SetMinimumLevel(LogLevel.Trace).AddProvider(new QueueLoggerProvider(logs));
        services?.Invoke(builder.Services);
        builder.Services.AddAeriesCheck(options =>
        {
            options.AllowPrivateNetworks = true;
            configure?.Invoke(options);
        });
        var app = builder.Build();
        if (useRateLimiter)
        {
            app.UseRateLimiter();
        }

        app.MapAeriesCheck(path, spec ?? PermissionSpec.BundledExample, specName);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new CheckPageHost(app, new Uri(address.TrimEnd('/') + "/"), logs);
    }

    /// <summary>A client of the site that keeps cookies (the anti-forgery cookie) and follows no redirect.</summary>
    public HttpClient Client() => new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = Root };

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private sealed class QueueLoggerProvider(ConcurrentQueue<string> logs) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new QueueLogger(categoryName, logs);

        public void Dispose()
        {
        }
    }

    private sealed class QueueLogger(string category, ConcurrentQueue<string> logs) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull
        {
            logs.Enqueue($"{category} scope: {state}");
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            => logs.Enqueue($"{category} {logLevel}: {formatter(state, exception)} {exception}");
    }
}
