using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using IlluminatePerms.Contract;
using IlluminatePerms.Grants;
using IlluminatePerms.MockAeries.Data;
using IlluminatePerms.MockAeries.Endpoints;
using IlluminatePerms.MockAeries.Faults;
using IlluminatePerms.MockAeries.Journal;
using IlluminatePerms.MockAeries.Pipeline;
using IlluminatePerms.MockAeries.Replay;
using IlluminatePerms.MockAeries.Routing;
using IlluminatePerms.MockAeries.Security;
using IlluminatePerms.MockAeries.Stubs;
using IlluminatePerms.Spec;
using Microsoft.AspNetCore.Builder;
using WireMock.Logging;
using WireMock.Server;
using WireMock.Settings;

namespace IlluminatePerms.MockAeries;

/// <summary>
/// An Aeries v5 API on loopback, certificate security included, built on WireMock.Net.
/// <code>
/// await using var aeries = await MockAeriesServer.StartAsync(new MockAeriesOptions());
/// // aeries.BaseUrl, aeries.Certificate("full").Value, aeries.Journal.Entries …
/// </code>
/// </summary>
public sealed class MockAeriesServer : IAsyncDisposable
{
    private readonly WireMockServer server;
    private readonly RequestPipeline pipeline;
    private readonly AccessCheck access;

    private MockAeriesServer(WireMockServer server, RequestPipeline pipeline, AccessCheck access, DataSetCache data, RequestJournal journal, IReadOnlyList<MockCertificate> certificates, MockAeriesOptions options)
    {
        this.server = server;
        this.pipeline = pipeline;
        this.access = access;
        Data = data;
        Roster = new MockRoster(data);
        Journal = journal;
        Certificates = certificates;
        Options = options;
        BaseUrl = new Uri(server.Url!.TrimEnd('/') + "/");
    }

    /// <summary>The district's base URL (the API is under <c>api/v5/</c>), e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseUrl { get; }

    /// <summary>The v5 API root, <c>{BaseUrl}api/v5/</c>.</summary>
    public Uri ApiUrl => new(BaseUrl, "api/v5/");

    /// <summary>The certificates the server started with (see <see cref="AcceptCertificate"/> for more).</summary>
    public IReadOnlyList<MockCertificate> Certificates { get; }

    /// <summary>Every request since start or <see cref="Reset"/> (never a certificate or a query string).</summary>
    public RequestJournal Journal { get; }

    /// <summary>The generated data, per DatabaseYear, read-only (writes made through the API are kept apart).</summary>
    internal DataSetCache Data { get; }

    /// <summary>The generated schools and their students, by number, for a test to pick a school and count on.</summary>
    public MockRoster Roster { get; }

    /// <summary>The options the server started with.</summary>
    public MockAeriesOptions Options { get; }

    /// <summary>The default spec of the "full", "read-only", "partial" and "excess" certificates: the runtime's <see cref="PermissionSpec.BundledExample"/>.</summary>
    public static PermissionSpec BundledSpec => PermissionSpec.BundledExample;

    /// <summary>Builds the data and starts listening.</summary>
    /// <exception cref="ArgumentException">An option names an unknown area or an invalid fault.</exception>
    /// <exception cref="System.IO.InvalidDataException">A recording of <see cref="MockAeriesOptions.ReplayDirectory"/> cannot be replayed (the message names it).</exception>
    public static Task<MockAeriesServer> StartAsync(MockAeriesOptions? options = null, CancellationToken cancellationToken = default)
        => Task.Run(() => Start(options ?? new MockAeriesOptions()), cancellationToken);

    /// <summary>The certificate of a profile ("full", "read-only", …).</summary>
    /// <exception cref="KeyNotFoundException">No certificate has that profile.</exception>
    public MockCertificate Certificate(string profile)
        => Certificates.FirstOrDefault(c => c.Profile == profile) ?? throw new KeyNotFoundException($"No mock certificate has the profile '{profile}'.");

    /// <summary>
    /// Accepts <paramref name="certificate"/> from now on, beside those the server started with. A
    /// certificate with the same value gets the new grants, as when a district ticks or unticks a
    /// box for a vendor's existing certificate. Kept across <see cref="Reset"/>.
    /// </summary>
    public void AcceptCertificate(MockCertificate certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        access.Accept(certificate);
    }

    /// <summary>Forgets writes, the journal, the request count, the fault attempts and the stubs posted to the admin API, so the next test starts clean.</summary>
    public void Reset()
    {
        if (Options.AdminInterface)
        {
            server.ResetMappings();
        }

        Data.ResetWrites();
        Journal.Clear();
        pipeline.Reset();
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        server.Stop();
        server.Dispose();
        return ValueTask.CompletedTask;
    }

    private static MockAeriesServer Start(MockAeriesOptions options)
    {
        var years = options.AvailableDatabaseYears ?? new[] { options.DatabaseYear - 2, options.DatabaseYear - 1, options.DatabaseYear };
        var disabled = options.DisabledAreas.Select(AreaCatalog.Get).ToList();
        var faults = new FaultInjector(options.Faults, options.Seed);
        var data = new DataSetCache(options.Seed, options.Scale, options.DatabaseYear, years);
        var certificates = options.Certificates ?? CertificateProfiles.For(options.SpecGrants ?? BundledSpec.Grants, options.Seed);
        var journal = new RequestJournal(options.JournalCapacity);
        var handlers = HandlerMap.Create(year => SystemInfoOf(options, data, data.For(year).DatabaseYear));
        var routes = new RouteTable(AeriesContract.All, handlers.Handlers);
        var access = new AccessCheck(certificates, disabled, options.Assumptions);
        var stubs = options.AdminInterface ? new PostedStubs() : null;
        var replay = options.ReplayDirectory is null ? null : ReplayRecordings.Load(options.ReplayDirectory);
        var pipeline = new RequestPipeline(routes, data, faults, journal, access, options.Assumptions, stubs, replay);

        var server = WireMockServer.Start(new WireMockServerSettings
        {
            Urls = new[] { $"http://{options.Host}:{options.Port}" },
            // Its mappings routes only (see RequestPipeline); the request log comes from the journal.
            StartAdminInterface = options.AdminInterface,

            // WireMock's own request log would hold the AERIES-CERT header: keep none.
            MaxRequestLogCount = 0,

            // Only the admin API and posted stubs reach WireMock; the admin API reads its JSON bodies parsed.
            DisableJsonBodyParsing = !options.AdminInterface,
            Logger = new WireMockNullLogger(),

            // The whole request is answered here, where the HttpContext is; WireMock only hosts it.
            PreWireMockMiddlewareInit = app => ((IApplicationBuilder)app).Use(pipeline.InvokeAsync),
        });
        stubs?.ReadFrom(() => server.Mappings);
        return new MockAeriesServer(server, pipeline, access, data, journal, certificates, options);
    }

    /// <summary>systeminfo for the data year of the request: Aeries reflects a valid requested DatabaseYear there.</summary>
    private static SystemInfo SystemInfoOf(MockAeriesOptions options, DataSetCache data, int year)
    {
        var now = options.Clock.GetLocalNow();
        return new SystemInfo(
            "10.24.601.1", DataSetCache.YearText(year), data.AvailableYears.OrderByDescending(y => y).Select(DataSetCache.YearText).ToList(),
            options.TimeZoneName, new DateTimeOffset(now.Ticks - now.Ticks % TimeSpan.TicksPerSecond, now.Offset));
    }
}
