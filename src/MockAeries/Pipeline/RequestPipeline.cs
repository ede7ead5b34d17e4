using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using IlluminatePerms.Grants;
using IlluminatePerms.MockAeries.Admin;
using IlluminatePerms.MockAeries.Data;
using IlluminatePerms.MockAeries.Endpoints;
using IlluminatePerms.MockAeries.Faults;
using IlluminatePerms.MockAeries.Http;
using IlluminatePerms.MockAeries.Journal;
using IlluminatePerms.MockAeries.Replay;
using IlluminatePerms.MockAeries.Routing;
using IlluminatePerms.MockAeries.Security;
using IlluminatePerms.MockAeries.Stubs;
using Microsoft.AspNetCore.Http;

namespace IlluminatePerms.MockAeries.Pipeline;

/// <summary>
/// Answers every request, once, as ASP.NET Core middleware in front of WireMock (so it has the
/// HttpContext a dropped connection needs): one fault decision, one route match, one security
/// check, one endpoint call, one journal entry. Only a stub posted to WireMock's admin API, and that
/// API's own mappings routes, are handed on to WireMock.
/// </summary>
internal sealed class RequestPipeline
{
    private const string ApiPrefix = "/api/v5/";
    private const string AdminPrefix = "/__admin";
    private const string CertificateHeader = "AERIES-CERT";
    private const string JsonContentType = "application/json; charset=utf-8";

    private readonly RouteTable routes;
    private readonly DataSetCache data;
    private readonly FaultInjector faults;
    private readonly RequestJournal journal;
    private readonly AccessCheck access;
    private readonly MockAssumptions assumptions;
    private readonly PostedStubs? stubs;
    private readonly ReplayRecordings? replay;
    private long sequence;

    // stubs: those posted to the admin API (null when it is off); replay: recorded answers (null for none).
    public RequestPipeline(RouteTable routes, DataSetCache data, FaultInjector faults, RequestJournal journal, AccessCheck access, MockAssumptions assumptions, PostedStubs? stubs, ReplayRecordings? replay = null)
    {
        this.stubs = stubs;
        this.replay = replay;
        this.routes = routes;
        this.data = data;
        this.faults = faults;
        this.journal = journal;
        this.access = access;
        this.assumptions = assumptions;
    }

    /// <summary>Starts the numbering and the fault attempts over.</summary>
    public void Reset()
    {
        Interlocked.Exchange(ref sequence, 0);
        faults.Reset();
    }

    /// <summary>The middleware: answers the request and never calls <paramref name="next"/>.</summary>
    public async Task InvokeAsync(HttpContext context, Func<Task> next)
    {
        if (stubs is not null && context.Request.Path.StartsWithSegments(AdminPrefix, StringComparison.OrdinalIgnoreCase))
        {
            await AdminAsync(context, next).ConfigureAwait(false);
            return;
        }

        var number = Interlocked.Increment(ref sequence);
        var request = context.Request;
        var method = request.Method.ToUpperInvariant();
        var path = request.Path.Value ?? "/";
        var apiPath = path.StartsWith(ApiPrefix, StringComparison.OrdinalIgnoreCase) ? path[ApiPrefix.Length..] : path.TrimStart('/');
        var certificate = access.Identify(request.Headers.TryGetValue(CertificateHeader, out var header) ? header.ToString() : null, out var profile);
        var body = await ReadBodyAsync(request, context.RequestAborted).ConfigureAwait(false);

        // The one fault decision, from what the request asks and how often it has asked it.
        var fault = faults.IsActive
            ? faults.Decide(RequestFingerprint.Of(method, path, request.QueryString.Value ?? string.Empty, body, profile), apiPath)
            : FaultDecision.None;
        if (fault.Latency > TimeSpan.Zero)
        {
            await Task.Delay(fault.Latency, context.RequestAborted).ConfigureAwait(false);
        }

        if (fault.Kind == FaultKind.Drop)
        {
            journal.Add(new JournalEntry(number, method, path, 0, profile, fault.Kind) { Client = context.Connection.RemoteIpAddress?.ToString() });
            context.Abort();
            return;
        }

        // A posted stub wins over the built-in routes: WireMock matches and answers it, from the body read here.
        if (fault.Kind == FaultKind.None && stubs is not null && stubs.Any())
        {
            request.Body = new MemoryStream(body);
            if (await stubs.TryAnswerAsync(context, next).ConfigureAwait(false))
            {
                journal.Add(new JournalEntry(number, method, path, context.Response.StatusCode, profile, fault.Kind) { Client = context.Connection.RemoteIpAddress?.ToString() });
                return;
            }
        }

        var response = fault.Kind switch
        {
            FaultKind.Throttle => ApiResponse.Error(429, "Too many requests; retry later.", new Dictionary<string, string> { ["Retry-After"] = fault.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture) }),
            FaultKind.Error => ApiResponse.Error(fault.StatusCode, fault.StatusCode == 503 ? "The service is unavailable." : "An unexpected error occurred."),
            _ => Answer(method, path, apiPath, request, body, certificate),
        };

        journal.Add(new JournalEntry(number, method, path, response.StatusCode, profile, fault.Kind) { Client = context.Connection.RemoteIpAddress?.ToString() });
        await WriteAsync(context.Response, response, context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>
    /// The admin API: the request log from the journal, the mappings routes from WireMock. Nothing
    /// else of WireMock's admin API is reachable: its settings could switch its own request log on,
    /// which would keep certificates whole.
    /// </summary>
    private async Task AdminAsync(HttpContext context, Func<Task> next)
    {
        var request = context.Request;
        if (request.Path.StartsWithSegments(AdminPrefix + "/mappings", StringComparison.OrdinalIgnoreCase))
        {
            await next().ConfigureAwait(false);
            return;
        }

        var isLog = string.Equals(request.Path.Value?.TrimEnd('/'), AdminPrefix + "/requests", StringComparison.OrdinalIgnoreCase);
        var response = (isLog, request.Method.ToUpperInvariant()) switch
        {
            (true, "GET") => ApiResponse.Utf8Json(200, RequestLog.Of(journal, new Uri($"{request.Scheme}://{request.Host}/"))),
            (true, "DELETE") => Cleared(),
            (true, _) => ApiResponse.Error(405, $"{request.Method} is not allowed on {AdminPrefix}/requests: GET reads the log, DELETE clears it."),
            _ => ApiResponse.Error(404, $"The mock's admin API has {AdminPrefix}/requests and {AdminPrefix}/mappings; nothing answers {request.Method} {request.Path}."),
        };
        await WriteAsync(context.Response, response, context.RequestAborted).ConfigureAwait(false);
    }

    private ApiResponse Cleared()
    {
        journal.Clear();
        return ApiResponse.Utf8Json(200, "{\"Status\":\"Requests deleted\"}"u8.ToArray());
    }

    private ApiResponse Answer(string method, string path, string apiPath, HttpRequest request, byte[] body, MockCertificate? certificate)
    {
        if (!path.StartsWith(ApiPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return ApiResponse.Error(404, $"The mock Aeries serves only {ApiPrefix}…; nothing answers {method} {path}.");
        }

        // The one route match.
        var match = routes.Match(method, apiPath);
        if (match.MethodNotAllowed)
        {
            return ApiResponse.Error(assumptions.MethodNotAllowedStatusCode, $"{method} is not allowed on {path}.");
        }

        if (match.Route is not { } route)
        {
            return ApiResponse.Error(404, $"No Aeries v5 endpoint matches {method} {path}. The closest known route is {method} {ApiPrefix}{match.ClosestRoute}.");
        }

        // A recorded answer, once the certificate may call the operation: the recording's identifiers are the district's, not the mock's.
        if (replay?.Find(method, path, request.QueryString.Value ?? string.Empty) is { } recorded)
        {
            return access.Refusal(route.Operation, certificate) ?? ApiResponse.Recorded(recorded.StatusCode, recorded.Body, recorded.ContentType);
        }

        var query = Query(request);
        var context = new ApiContext(route.Operation, data.Default, match.Values, query, body, certificate?.Grants ?? GrantSet.Empty, assumptions);
        if (route.Operation.TakesDatabaseYear && context.QueryInt("DatabaseYear") is { } year)
        {
            context = context.ForData(data.For(year));
        }

        try
        {
            // The one security check, then the one endpoint call. [assumed] Whether Aeries looks the
            // path's identifiers up before checking the permission is not documented: both orders are offered.
            var lookupFirst = assumptions.PermissionCheckedBeforeLookup ? null : (Action)(() => IdentifierLookup.Check(context));
            return access.Refusal(route.Operation, certificate, lookupFirst) ?? route.Handle(context);
        }
        catch (ApiProblem problem)
        {
            return ApiResponse.Error(problem.IsBusinessRule ? assumptions.BusinessRuleStatusCode : problem.StatusCode, problem.Message);
        }
    }

    private static async Task<byte[]> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength is 0 || (request.ContentLength is null && !request.Headers.ContainsKey("Transfer-Encoding")))
        {
            return Array.Empty<byte>();
        }

        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        return buffer.ToArray();
    }

    private static Dictionary<string, string> Query(HttpRequest request)
    {
        var query = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, values) in request.Query)
        {
            if (values.Count > 0 && values[0] is { } value)
            {
                query[key] = value;
            }
        }

        return query;
    }

    private static async Task WriteAsync(HttpResponse response, ApiResponse answer, CancellationToken cancellationToken)
    {
        response.StatusCode = answer.StatusCode;
        foreach (var (name, value) in answer.Headers)
        {
            response.Headers[name] = value;
        }

        if (answer.Length == 0)
        {
            return;
        }

        response.ContentType = answer.Headers.ContainsKey("Content-Type") ? response.ContentType : JsonContentType;
        response.ContentLength = answer.Length;
        if (answer.Body.Count == 1)
        {
            await response.Body.WriteAsync(answer.Body[0], cancellationToken).ConfigureAwait(false);
            return;
        }

        // A page of stored records: gathered into one pooled buffer and written at once, which
        // measured far faster than writing its segments to the response one by one.
        var buffer = ArrayPool<byte>.Shared.Rent(answer.Length);
        try
        {
            var at = 0;
            foreach (var segment in answer.Body)
            {
                segment.Span.CopyTo(buffer.AsSpan(at));
                at += segment.Length;
            }

            await response.Body.WriteAsync(buffer.AsMemory(0, answer.Length), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
