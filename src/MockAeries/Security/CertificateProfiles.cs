using System.Collections.Generic;
using System.Linq;
using IlluminatePerms.Grants;
using IlluminatePerms.MockAeries.Data;

namespace IlluminatePerms.MockAeries.Security;

/// <summary>
/// The built-in certificates, made from the permission spec's grants: what a district would hand
/// over after ticking the boxes right, wrong or too generously.
/// </summary>
public static class CertificateProfiles
{
    /// <summary>The public certificate of the Aeries demo site.</summary>
    public const string DemoCertificate = "477abe9e7d27439681d62f4e0de1f5e1";

    /// <summary>Rows an admin misses most easily: those that lost their level in the copy of the article.</summary>
    private static readonly Grant[] EasilyMissed =
    {
        new("Class Calendars", AeriesAccess.Read),
        new("Language Assessment Other", AeriesAccess.Read),
        new("Language Assessment Test History", AeriesAccess.Read),
        new("Language Assessment Waivers", AeriesAccess.Read),
        new("Gradebook Scores", AeriesAccess.Update),
    };

    /// <summary>Sensitive grants a vendor should not get: they make the "excess" certificate.</summary>
    private static readonly GrantSet Sensitive = GrantSet.Parse(
        "Send Alerts: Insert; Trigger Student Pre-Enrollment: Insert; Student Data: Update; Fees and Fines: Read; Activities and Awards: Delete");

    /// <summary>The six built-in certificates for <paramref name="spec"/>; values are 32 lowercase hex digits derived from <paramref name="seed"/>.</summary>
    public static IReadOnlyList<MockCertificate> For(GrantSet spec, int seed)
    {
        var everyRead = GrantSet.Of(AreaCatalog.All.Select(area => new Grant(area, AeriesAccess.Read)));
        var readOnly = spec.Intersect(everyRead);
        var missed = EasilyMissed.Where(spec.Contains).ToList();
        var partial = missed.Aggregate(spec, (set, grant) => set.Without(grant));
        return new[]
        {
            // [assumed] The demo district's certificate reads everything and may make the spec's writes.
            new MockCertificate("demo", DemoCertificate, everyRead.Union(spec), "the public Aeries demo certificate: Read on every area plus the spec's writes"),
            new MockCertificate("full", Value(seed, 1), spec, "exactly the spec"),
            new MockCertificate("read-only", Value(seed, 2), readOnly, "the spec without Update, Insert or Delete"),
            new MockCertificate("partial", Value(seed, 3), partial, $"the spec minus {string.Join(", ", missed.Select(g => g.ToString()))}"),
            new MockCertificate("excess", Value(seed, 4), spec.Union(Sensitive.Except(spec)), $"the spec plus {Sensitive.Except(spec)}"),
            new MockCertificate("empty", Value(seed, 5), GrantSet.Empty, "no permission at all"),
        };
    }

    private static string Value(int seed, int profile)
        => $"{DeterministicHash.Of(seed, profile, 0xCE27):x16}{DeterministicHash.Of(seed, profile, 0xCE28):x16}";
}
