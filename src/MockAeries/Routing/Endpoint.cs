using System;
using System.Collections.Generic;
using System.Linq;
using IlluminatePerms.Grants;
using IlluminatePerms.MockAeries.Http;

namespace IlluminatePerms.MockAeries.Routing;

/// <summary>
/// One Aeries endpoint of the mock: method, path, the grants that allow it (any one of them
/// suffices; none for <c>systeminfo</c>) and the handler.
/// </summary>
public sealed class Endpoint
{
    /// <summary>Creates an endpoint.</summary>
    public Endpoint(string method, string template, IReadOnlyList<Grant> allowedBy, Func<ApiContext, ApiResponse> handle)
    {
        Method = method;
        Template = new RouteTemplate(template);
        AllowedBy = allowedBy;
        Areas = allowedBy.Select(grant => grant.Area).Distinct().ToArray();
        Handle = handle;
    }

    /// <summary>GET, POST, PUT or DELETE.</summary>
    public string Method { get; }

    /// <summary>The path under <c>/api/v5/</c>.</summary>
    public RouteTemplate Template { get; }

    /// <summary>Grants of which the certificate needs one; empty when no certificate is needed.</summary>
    public IReadOnlyList<Grant> AllowedBy { get; }

    /// <summary>True when the endpoint answers without a certificate.</summary>
    public bool IsAnonymous => AllowedBy.Count == 0;

    /// <summary>The areas the endpoint belongs to.</summary>
    public IReadOnlyList<AeriesArea> Areas { get; }

    /// <summary>Answers the request.</summary>
    public Func<ApiContext, ApiResponse> Handle { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Method} {Template}";
}
