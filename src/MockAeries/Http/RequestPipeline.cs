using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using IlluminatePerms.Grants;
using IlluminatePerms.MockAeries.Data;
using IlluminatePerms.MockAeries.Faults;
using IlluminatePerms.MockAeries.Journal;
using IlluminatePerms.MockAeries.Routing;
using IlluminatePerms.MockAeries.Security;
using Microsoft.AspNetCore.Http;
using WireMock;
using WireMock.Types;
using WireMock.Util;

namespace IlluminatePerms.MockAeries.Http;

/// <summary>
/// Answers every request that reaches the WireMock server, in the order Aeries would check things:
/// injected faults, the route (an unknown path is a loud 404 naming the closest route), the
/// certificate (401), a disabled area (501), the certificate's grants (403), then the endpoint.
/// </summary>
internal sealed class RequestPipeline
{
    private const string ApiPrefix = "/api/v5/";
    private const string CertificateHeader = "AERIES-CERT";

    // Carries the request's number from the middleware to the WireMock callback.
    private const string SequenceHeader = "X-IlluminatePerms-Request";

    private readonly RouteTable routes;
    private readonly DataSetCache data;
    private readonly FaultInjector faults;
    private readonly RequestJournal journal;
    private readonly MockAssumptions assumptions;
    private readonly Dictionary<string, MockCertificate> certificates;
    private readonly HashSet<AeriesArea> disabledAreas;
    private long sequence;

    public RequestPipeline(RouteTable routes, DataSetCache data, FaultInjector faults, RequestJournal journal, MockAeriesOptions options, IReadOnlyList<MockCertificate> certificates)
    {
        this.routes = routes;
        this.data = data;
        this.faults = faults;
        this.journal = journal;
        assumptions = options.Assumptions;
        this.certificates = certificates.ToDictionary(c => c.Value, StringComparer.Ordinal);
        disabledAreas = options.DisabledAreas.Select(AreaCatalog.Get).ToHashSet();
    }

    public void ResetSequence() => Interlocked.Exchange(ref sequence, 0);

    /// <summary>
    /// ASP.NET Core middleware in front of WireMock: numbers each request and drops the connections
    /// the fault rules say to drop (WireMock's own faults still answer 200 with an empty body).
    /// The decision is a pure function of the number and path, so the callback can make it again.
    /// </summary>
    public async Task NumberAndDropAsync(HttpContext context, Func<Task> next)
    {
        var number = Interlocked.Increment(ref sequence);
        var path = context.Request.Path.Value ?? "/";
        var fault = faults.Decide(number, ApiPath(path));
        if (fault.Kind == FaultKind.Drop)
        {
            if (fault.Latency > TimeSpan.Zero)
            {
                await Task.Delay(fault.Latency).ConfigureAwait(false);
            }

            Identify(context.Request.Headers[CertificateHeader].FirstOrDefault(), out var profile);
            journal.Add(new JournalEntry(number, context.Request.Method.ToUpperInvariant(), path, 0, profile, fault.Kind));
            context.Abort();
            return;
        }

        context.Request.Headers[SequenceHeader] = number.ToString(CultureInfo.InvariantCulture);
        await next().ConfigureAwait(false);
    }

    public async Task<IResponseMessage> HandleAsync(IRequestMessage request)
    {
        var number = long.Parse(Header(request, SequenceHeader) ?? throw new InvalidOperationException("The request did not pass the numbering middleware."), CultureInfo.InvariantCulture);
        var method = request.Method.ToUpperInvariant();
        var path = request.Path;
        var apiPath = ApiPath(path);
        var certificate = Identify(Header(request, CertificateHeader), out var profile);

        var fault = faults.Decide(number, apiPath);
        if (fault.Latency > TimeSpan.Zero)
        {
            await Task.Delay(fault.Latency).ConfigureAwait(false);
        }

        var response = fault.Kind switch
        {
            FaultKind.Throttle => ApiResponse.Error(429, "Too many requests; retry later.", new Dictionary<string, string> { ["Retry-After"] = fault.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture) }),
            FaultKind.Error => ApiResponse.Error(fault.StatusCode, fault.StatusCode == 503 ? "The service is unavailable." : "An unexpected error occurred."),
            _ => Dispatch(method, path, apiPath, request, certificate),
        };

        journal.Add(new JournalEntry(number, method, path, response.StatusCode, profile, fault.Kind));
        return ToWireMock(response);
    }

    private static string ApiPath(string path) => path.StartsWith(ApiPrefix, StringComparison.OrdinalIgnoreCase) ? path[ApiPrefix.Length..] : path.TrimStart('/');

    private static string? Header(IRequestMessage request, string name)
        => request.Headers?.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();

    private ApiResponse Dispatch(string method, string path, string apiPath, IRequestMessage request, MockCertificate? certificate)
    {
        if (!path.StartsWith(ApiPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return ApiResponse.Error(404, $"The mock Aeries serves only {ApiPrefix}…; nothing answers {method} {path}.");
        }

        var match = routes.Match(method, apiPath);
        if (match.MethodNotAllowed)
        {
            return ApiResponse.Error(assumptions.MethodNotAllowedStatusCode, $"{method} is not allowed on {path}.");
        }

        if (match.Endpoint is not { } endpoint)
        {
            return ApiResponse.Error(404, $"No Aeries v5 endpoint matches {method} {path}. The closest known route is {method} {ApiPrefix}{match.ClosestRoute}.");
        }

        if (!endpoint.IsAnonymous)
        {
            if (certificate is null)
            {
                return ApiResponse.Error(assumptions.UnauthorizedStatusCode, assumptions.UnauthorizedMessage);
            }

            if (endpoint.Areas.Any(disabledAreas.Contains))
            {
                return ApiResponse.Error(501, "This area of the Aeries v5 API is not enabled for this district.");
            }

            if (!endpoint.AllowedBy.Any(certificate.Grants.Contains))
            {
                return ApiResponse.Error(assumptions.ForbiddenStatusCode, string.Format(CultureInfo.InvariantCulture, assumptions.ForbiddenMessageFormat, endpoint.AllowedBy[0]));
            }
        }

        var query = Query(request);
        var year = query.TryGetValue("DatabaseYear", out var text) && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var y) ? y : (int?)null;
        var context = new ApiContext(data.For(year), match.Values, query, request.BodyAsBytes, certificate?.Grants ?? GrantSet.Empty, assumptions);
        try
        {
            return endpoint.Handle(context);
        }
        catch (ApiProblem problem)
        {
            return ApiResponse.Error(problem.StatusCode, problem.Message);
        }
    }

    private MockCertificate? Identify(string? value, out string profile)
    {
        if (value is null)
        {
            profile = "none";
            return null;
        }

        if (certificates.TryGetValue(value, out var certificate))
        {
            profile = certificate.Profile;
            return certificate;
        }

        profile = "unknown";
        return null;
    }

    private static Dictionary<string, string> Query(IRequestMessage request)
    {
        var query = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (request.Query is not null)
        {
            foreach (var (key, values) in request.Query)
            {
                if (values.Count > 0)
                {
                    query[key] = values[0];
                }
            }
        }

        return query;
    }

    private static ResponseMessage ToWireMock(ApiResponse response)
    {
        var message = new ResponseMessage
        {
            StatusCode = response.StatusCode,
            BodyData = new BodyData { BodyAsBytes = response.Body, DetectedBodyType = BodyType.Bytes },
        };
        message.AddHeader("Content-Type", "application/json; charset=utf-8");
        foreach (var (name, value) in response.Headers)
        {
            message.AddHeader(name, value);
        }

        return message;
    }
}
