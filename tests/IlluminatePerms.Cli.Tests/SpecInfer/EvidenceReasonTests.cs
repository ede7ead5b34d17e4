using System.Linq;
using IlluminatePerms.Cli.Commands.Spec;
using IlluminatePerms.Grants;
using Xunit;

namespace IlluminatePerms.Cli.Tests.SpecInfer;

/// <summary>The "used by …" part of an inferred row's reason: which call sites and operations, in which order, and how many more.</summary>
public sealed class EvidenceReasonTests
{
    private static readonly Grant Students = new("Student Data", AeriesAccess.Read);

    private static GrantEvidence Code(string what, string? where) => new(Students, EvidenceKind.Code, what, where);

    private static GrantEvidence Traffic(string what, bool refused = false) => new(Students, EvidenceKind.Traffic, what, "recording", refused);

    [Fact]
    public void Call_sites_are_named_once_each_in_ordinal_order_with_where_when_known()
    {
        var reason = EvidenceReason.For([Code("b.Run", "B.cs:2"), Code("a.Run", null), Code("b.Run", "B.cs:2"), Code("B.Run", "B.cs:1")]);

        Assert.Equal("code: B.Run at B.cs:1, a.Run, b.Run at B.cs:2", reason);
    }

    [Fact]
    public void One_call_site_over_the_cap_is_said_in_the_singular()
    {
        var reason = EvidenceReason.For(Enumerable.Range(1, EvidenceReason.Shown + 1).Select(i => Code($"S.M{i}", null)));

        Assert.Equal("code: S.M1, S.M2, S.M3 and 1 more call site", reason);
    }

    [Fact]
    public void Exactly_the_cap_names_every_call_site_and_no_more()
    {
        var reason = EvidenceReason.For(Enumerable.Range(1, EvidenceReason.Shown).Select(i => Code($"S.M{i}", null)));

        Assert.Equal("code: S.M1, S.M2, S.M3", reason);
    }

    [Fact]
    public void Operations_are_ordered_by_their_request_count_then_by_name_with_refusals_counted()
    {
        var reason = EvidenceReason.For([
            Traffic("GET b"), Traffic("GET a"), Traffic("GET c"), Traffic("GET c", refused: true), Traffic("GET c", refused: true),
            Traffic("GET d"), Traffic("GET e"), Traffic("GET e"),
        ]);

        Assert.Equal("traffic: GET c ×3 (2 refused), GET e ×2, GET a ×1 and 2 more operations", reason);
    }

    [Fact]
    public void Code_comes_before_traffic_whatever_order_the_evidence_came_in()
    {
        var reason = EvidenceReason.For([Traffic("GET a"), Code("S.M", "S.cs:3")]);

        Assert.Equal("code: S.M at S.cs:3; traffic: GET a ×1", reason);
    }
}
