using System;
using System.Collections.Generic;
using System.Linq;
using IlluminatePerms.Grants;
using IlluminatePerms.Spec;

namespace IlluminatePerms.Cli.Commands.Spec;

/// <summary>
/// The minimal spec the evidence calls for: the canonical header, one row per area (its accesses
/// combined, "Read, Update") with the catalog's group, in the Aeries screen order, each with a
/// placeholder reason naming its evidence. The rows are added by <see cref="SpecEditor"/>, as
/// <c>spec add-missing</c> and the IDE's code fix add them, so IP1021 asks for every reason to be
/// rewritten and <c>checklist</c> refuses the spec until it is.
/// </summary>
internal static class InferredSpec
{
    /// <summary>The first comment of an inferred spec.</summary>
    public const string Comment = "# Inferred by 'illuminate-perms spec infer': the least this product's code and traffic need. Rewrite every TODO reason.";

    /// <summary>The grants <paramref name="evidence"/> needs.</summary>
    public static GrantSet Needed(IEnumerable<GrantEvidence> evidence) => GrantSet.Of(evidence.Select(e => e.Grant));

    /// <summary>The spec's text (LF line ends, a final newline).</summary>
    /// <param name="evidence">At least one piece of evidence.</param>
    /// <param name="productName">The product's name for the "# Product Name:" line, or null for none.</param>
    public static string Write(IReadOnlyCollection<GrantEvidence> evidence, string? productName)
    {
        var header = Comment + "\n"
            + (productName is null ? string.Empty : $"# Product Name: {productName}\n")
            + PermissionSpec.CanonicalHeader + "\n";
        var rows = evidence
            .GroupBy(e => e.Grant.Area)
            .Select(area => new SpecAddition(area.Key, area.Aggregate(AeriesAccess.None, (all, e) => all | e.Grant.Access), EvidenceReason.For(area)))
            .ToList();
        var text = SpecEditor.Apply(header, SpecEditor.AddGrants(header, rows));
        if (!text.EndsWith('\n'))
        {
            text += "\n";
        }

        // The spec as read back must grant exactly what was inferred: anything else is a fault, never a file.
        var written = SpecParser.Parse(text).Grants;
        if (!written.Equals(Needed(evidence)))
        {
            throw new InvalidOperationException($"the inferred spec reads back as {written}, not {Needed(evidence)}.");
        }

        return text;
    }
}
