using System;
using System.Linq;
using System.Security.Cryptography;
using IlluminatePerms.Grants;
using IlluminatePerms.MockAeries.Security;

namespace IlluminatePerms.MockAeries.Testing;

/// <summary>
/// Certificates made from a product's own spec (its generated <c>RequiredGrants.All</c>): what a
/// district hands over after ticking exactly the spec, less, more, or nothing. Each one is accepted
/// by the mock as soon as it is made.
/// </summary>
public sealed class SpecCertificates
{
    private readonly MockAeriesServer server;

    internal SpecCertificates(MockAeriesServer server, GrantSet spec)
    {
        this.server = server;
        Spec = spec;
        Exact = Make("spec", spec, "exactly the spec");
    }

    /// <summary>The spec the certificates are made from.</summary>
    public GrantSet Spec { get; }

    /// <summary>A certificate with exactly the spec's grants (profile "spec").</summary>
    public MockCertificate Exact { get; }

    /// <summary>A new certificate with the spec's grants minus <paramref name="missing"/>: a district that forgot some ticks.</summary>
    /// <param name="missing">Grants to leave out, e.g. <c>new Grant("Gradebook Scores", AeriesAccess.Update)</c>.</param>
    public MockCertificate Without(params Grant[] missing)
    {
        var left = GrantSet.Of(missing);
        return Make($"spec without {left}", Spec.Except(left), $"the spec minus {left}");
    }

    /// <summary>A new certificate with the spec's grants plus <paramref name="extra"/>: a generous district.</summary>
    /// <param name="extra">Grants to add.</param>
    public MockCertificate With(params Grant[] extra)
    {
        var added = GrantSet.Of(extra);
        return Make($"spec with {added}", Spec.Union(added), $"the spec plus {added}");
    }

    /// <summary>A new certificate of the district that grants nothing at all (profile "none granted").</summary>
    public MockCertificate None() => Make("none granted", GrantSet.Empty, "no permission at all");

    /// <summary>A new certificate with exactly <paramref name="grants"/>.</summary>
    /// <param name="profile">The name the journal shows for it.</param>
    /// <param name="grants">What it may do.</param>
    public MockCertificate Of(string profile, GrantSet grants) => Make(profile, grants, $"grants {grants}");

    /// <summary>
    /// The district ticks <paramref name="grants"/> for an existing certificate: same value, more
    /// grants, effective on the next request.
    /// </summary>
    /// <returns>The certificate as it is now.</returns>
    public MockCertificate Tick(MockCertificate certificate, params Grant[] grants)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        var ticked = certificate with { Grants = certificate.Grants.Union(GrantSet.Of(grants)) };
        server.AcceptCertificate(ticked);
        return ticked;
    }

    private MockCertificate Make(string profile, GrantSet grants, string description)
    {
        // Random, not derived from the seed: two fixtures in one test run never share a certificate.
        var certificate = new MockCertificate(profile, Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), grants, description);
        server.AcceptCertificate(certificate);
        return certificate;
    }
}
