using System.Collections.Generic;
using System.Linq;
using IlluminatePerms.Checking;
using IlluminatePerms.Checking.Report;
using IlluminatePerms.Contract;
using IlluminatePerms.Grants;

namespace IlluminatePerms.Client.Tests.Checking;

/// <summary>
/// The verdicts a check must give, worked out from first principles: the certificate's grants,
/// the documented reads of each area, which identifiers a read needs (an optional one can be left
/// out, one whose 0 means all can be 0) and which grant reveals each.
/// </summary>
internal static class ExpectedVerdicts
{
    private static readonly AeriesArea SpecialPrograms = AreaCatalog.Get("Special Programs");

    /// <summary>The acceptable verdicts (one, except where the mock's data decides whether a program row appears).</summary>
    public static IReadOnlySet<GrantVerdict> For(AeriesArea area, AeriesAccess level, GrantSet certificate, bool programsRefuse, GrantSet? spec = null)
    {
        spec ??= CheckerHarness.Spec;
        if (level != AeriesAccess.Read)
        {
            return Set(GrantVerdict.NotVerifiable);
        }

        bool Has(string name) => Reads(certificate, AreaCatalog.Get(name));
        var has = Reads(certificate, area);
        var programs = AeriesContract.ProbeFor(SpecialPrograms)!;
        // The programs answer never verifies its row areas (Special Programs included): rows of an
        // area's kind make it Inferred, none leave it NotVerifiable (the data decides which). The
        // programs read needs no student: StudentID 0 asks for every student.
        if (programs.RowAreas.Contains(area))
        {
            if (!Has("Special Programs"))
            {
                return ReferenceEquals(area, SpecialPrograms) ? Set(GrantVerdict.Missing) : Set(GrantVerdict.NotVerifiable);
            }

            return has ? Set(GrantVerdict.Inferred, GrantVerdict.NotVerifiable)
                : programsRefuse ? Set(GrantVerdict.Missing, GrantVerdict.NotVerifiable)
                : Set(GrantVerdict.NotVerifiable);
        }

        if (AeriesContract.ProbeFor(area) is null)
        {
            return Set(GrantVerdict.NotVerifiable);
        }

        var reachable = AeriesContract.ForArea(area).Where(o => o.IsReadOf(area)).Any(read => read.Parameters.All(p =>
            p == "SchoolCode"
            || p == read.OptionalParameter
            || (p == read.AllRecordsParameter && read.ZeroMeansAll)
            || Revealed(p, area, certificate, spec)));
        return !reachable ? Set(GrantVerdict.Blocked)
            : has ? Set(GrantVerdict.Verified)
            : Set(GrantVerdict.Missing);
    }

    /// <summary>Whether the check can find <paramref name="name"/> for a read of <paramref name="area"/> (never through that area's own probe).</summary>
    private static bool Revealed(string name, AeriesArea area, GrantSet certificate, GrantSet spec)
    {
        bool Through(string source) => area.Name != source && Reads(certificate, AreaCatalog.Get(source));
        return name switch
        {
            // Student Data, or any read of the spec the certificate has that lists a school's students.
            "StudentID" => Through("Student Data") || (area.Name != "Student Data" && spec.Select(g => g.Area).Any(a => Reads(spec, a) && Reads(certificate, a) && !ReferenceEquals(a, area) && ListsStudents(a))),
            "StudentNumber" => Through("Student Data"),
            "StaffID" => Through("Teacher Data") || Through("Master Schedule") || (Reads(spec, AreaCatalog.Get("Staff Data")) && Reads(certificate, AreaCatalog.Get("Staff Data"))),
            "SectionNumber" => Through("Master Schedule"),
            "GradebookNumber" => Through("Gradebook Data") && Revealed("StaffID", AreaCatalog.Get("Gradebook Data"), certificate, spec),
            "UniqueID" => Through("Gradebook Data") && Revealed("StaffID", AreaCatalog.Get("Gradebook Data"), certificate, spec),
            _ => false,
        };
    }

    /// <summary>A documented read of the area that needs no identifier but the school, or lets the student ID be left out or 0.</summary>
    private static bool ListsStudents(AeriesArea area)
        => AeriesContract.ForArea(area).Any(o => o.IsReadOf(area) && ProbeRoutes.ListingWithout(o, "StudentID") is not null);

    private static bool Reads(GrantSet grants, AeriesArea area) => (grants.AccessTo(area) & AeriesAccess.Read) != 0;

    private static HashSet<GrantVerdict> Set(params GrantVerdict[] verdicts) => new(verdicts);
}
