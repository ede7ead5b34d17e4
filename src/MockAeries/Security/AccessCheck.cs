using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using IlluminatePerms.Contract;
using IlluminatePerms.Grants;
using IlluminatePerms.MockAeries.Http;

namespace IlluminatePerms.MockAeries.Security;

/// <summary>
/// The one security check of a request: the certificate, the district's switched-off areas, then
/// the operation's permission from the contract (<see cref="AeriesOperation.RequiredGrant"/>; null
/// means any valid certificate will do, and <c>systeminfo</c> needs none).
/// </summary>
internal sealed class AccessCheck
{
    private readonly ConcurrentDictionary<string, MockCertificate> certificates;
    private readonly HashSet<AeriesArea> disabledAreas;
    private readonly MockAssumptions assumptions;

    public AccessCheck(IReadOnlyList<MockCertificate> certificates, IEnumerable<AeriesArea> disabledAreas, MockAssumptions assumptions)
    {
        // Ordinal: Aeries compares certificates case-sensitively.
        this.certificates = new ConcurrentDictionary<string, MockCertificate>(certificates.Select(c => KeyValuePair.Create(c.Value, c)), System.StringComparer.Ordinal);
        this.disabledAreas = disabledAreas.ToHashSet();
        this.assumptions = assumptions;
    }

    /// <summary>Accepts <paramref name="certificate"/> from now on; one with the same value is replaced (the district changed its ticks).</summary>
    public void Accept(MockCertificate certificate) => certificates[certificate.Value] = certificate;

    /// <summary>The certificate of an AERIES-CERT value and its profile for the journal ("none", "unknown" or the profile).</summary>
    public MockCertificate? Identify(string? value, out string profile)
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

    /// <summary>
    /// Null when the request may go on; otherwise the answer that refuses it.
    /// <paramref name="lookupBeforePermission"/>, when given, runs after the certificate is accepted
    /// and before the permission is checked (it throws the 404 of an unknown identifier): where
    /// Aeries looks identifiers up is not documented (<see cref="MockAssumptions.PermissionCheckedBeforeLookup"/>).
    /// </summary>
    public ApiResponse? Refusal(AeriesOperation operation, MockCertificate? certificate, Action? lookupBeforePermission = null)
    {
        if (!operation.RequiresCertificate)
        {
            return null;
        }

        if (certificate is null)
        {
            return ApiResponse.Error(assumptions.UnauthorizedStatusCode, assumptions.UnauthorizedMessage);
        }

        lookupBeforePermission?.Invoke();

        if (operation.RequiredGrant is not { } grant)
        {
            return null;
        }

        if (disabledAreas.Contains(grant.Area))
        {
            return ApiResponse.Error(501, "This area of the Aeries v5 API is not enabled for this district.");
        }

        // A write whose record decides the area (a staff assignment's AssignmentType) passes with the
        // access on any of its row areas; the endpoint then checks the record's own area.
        if (operation.Method != "GET" && operation.RowAreas.Any(area => (grant.Access & ~certificate.Grants.AccessTo(area)) == AeriesAccess.None))
        {
            return null;
        }

        // Name only what is missing: an UpdateStudent call by a certificate with Read gets "Student Data Update".
        var missing = grant.Access & ~certificate.Grants.AccessTo(grant.Area);
        return missing == AeriesAccess.None
            ? null
            : Refuse(ApiProblem.MissingPermission(assumptions, new Grant(grant.Area, missing)));
    }

    private static ApiResponse Refuse(ApiProblem problem) => ApiResponse.Error(problem.StatusCode, problem.Message);
}
