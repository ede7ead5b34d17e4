using System.Collections.Generic;
using System.Linq;
using IlluminatePerms.Checking.Report;
using IlluminatePerms.Grants;

namespace IlluminatePerms.Client.Tests.Checking;

/// <summary>
/// The verdicts a check must give, worked out from first principles: the certificate's grants,
/// the contract's probes, which identifiers a probe needs and which grant reveals each.
/// </summary>
internal static class ExpectedVerdicts
{
    private static readonly AeriesArea StudentData = AreaCatalog.Get("Student Data");
    private static readonly AeriesArea SpecialPrograms = AreaCatalog.Get("Special Programs");

    /// <summary>The acceptable verdicts (one, except where the mock's data decides whether a program row appears).</summary>
    public static IReadOnlySet<GrantVerdict> For(AeriesArea area, AeriesAccess level, GrantSet certificate, bool programsRefuse)
    {
        if (level != AeriesAccess.Read)
        {
            return Set(GrantVerdict.NotVerifiable);
        }

        bool Has(string name) => (certificate.AccessTo(AreaCatalog.Get(name)) & AeriesAccess.Read) != 0;
        var has = (certificate.AccessTo(area) & AeriesAccess.Read) != 0;
        var programs = SpecialPrograms.Probe!;
        // The programs answer never verifies its row areas (Special Programs included): rows of an
        // area's kind make it Inferred, none leave it NotVerifiable (the data decides which).
        if (programs.RowAreas.Contains(area))
        {
            if (!Has("Student Data"))
            {
                return Set(GrantVerdict.Blocked);
            }

            if (!Has("Special Programs"))
            {
                return ReferenceEquals(area, SpecialPrograms) ? Set(GrantVerdict.Missing) : Set(GrantVerdict.NotVerifiable);
            }

            return has ? Set(GrantVerdict.Inferred, GrantVerdict.NotVerifiable)
                : programsRefuse ? Set(GrantVerdict.Missing, GrantVerdict.NotVerifiable)
                : Set(GrantVerdict.NotVerifiable);
        }

        if (area.Probe is null)
        {
            return Set(GrantVerdict.NotVerifiable);
        }

        foreach (var name in NeededIdentifiers(area))
        {
            var revealed = name switch
            {
                "StudentID" or "StudentNumber" => Has("Student Data"),
                "StaffID" => Has("Teacher Data") || Has("Master Schedule"),
                "UniqueID" => Has("Gradebook Data") && (Has("Teacher Data") || Has("Master Schedule")),
                _ => true,
            };
            if (!revealed)
            {
                return Set(GrantVerdict.Blocked);
            }
        }

        return has ? Set(GrantVerdict.Verified) : Set(GrantVerdict.Missing);
    }

    /// <summary>
    /// Placeholders a probe fills: all but SchoolCode; an optional one only when it is a person ID
    /// on an unpaged read that nothing else narrows (never "every student's pictures").
    /// </summary>
    private static IEnumerable<string> NeededIdentifiers(AeriesArea area)
    {
        var probe = area.Probe!;
        var fillsOptional = !probe.Pages && probe.OptionalParameter is "StudentID" or "StaffID" && probe.Parameters.Count(p => p != "SchoolCode") == 1;
        return probe.Parameters.Where(p => p != "SchoolCode" && (p != probe.OptionalParameter || fillsOptional));
    }

    private static HashSet<GrantVerdict> Set(params GrantVerdict[] verdicts) => new(verdicts);
}
