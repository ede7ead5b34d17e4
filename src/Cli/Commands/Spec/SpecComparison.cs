using System.Collections.Generic;
using System.Linq;
using IlluminatePerms.Cli.Files;
using IlluminatePerms.Grants;
using IlluminatePerms.Spec;

namespace IlluminatePerms.Cli.Commands.Spec;

/// <summary>
/// <c>spec infer --compare SPEC</c>: what SPEC lacks that the evidence needs (exit 2, as a missing
/// grant is for <c>check</c>), and what it grants that no evidence uses, each with its row's line
/// (exit 0, or 2 with --strict, as excess grants are for <c>check --strict</c>).
/// </summary>
internal static class SpecComparison
{
    /// <summary>Prints the comparison on standard output and returns the exit code.</summary>
    /// <exception cref="CliException">The spec cannot be read or has errors (rows left out would make the comparison wrong).</exception>
    public static int Run(CliEnvironment environment, string specPath, IReadOnlyCollection<GrantEvidence> evidence, bool strict)
    {
        var spec = SpecParser.Parse(CappedFile.ReadText(specPath, "spec", CappedFile.SpecCap, "Give the spec's path with --compare."));
        var errors = spec.Diagnostics.Where(d => d.Severity == SpecSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new CliException($"the spec {specPath} has {errors.Count} error(s), first on line {errors[0].Span.Line}: {errors[0].Message}. Fix them first: rows with errors are left out, so a comparison would be wrong.");
        }

        var needed = InferredSpec.Needed(evidence);
        var lacking = needed.Except(spec.Grants).ToList();
        var unused = spec.Rows
            .Select(row => (row, Access: row.Access & ~needed.AccessTo(row.Area)))
            .Where(r => r.Access != AeriesAccess.None)
            .ToList();

        var output = environment.Out;
        foreach (var grant in lacking)
        {
            var why = evidence.Where(e => e.Grant.Area == grant.Area && (e.Grant.Access & grant.Access) != AeriesAccess.None);
            output.WriteLine($"lacks   {grant} (needed by {EvidenceReason.For(why)})");
        }

        foreach (var (row, access) in unused)
        {
            output.WriteLine($"unused  {new Grant(row.Area, access)} ({specPath}, line {row.Line}): no evidence uses it");
        }

        output.WriteLine($"{specPath}: {lacking.Count} grant(s) lacking, {unused.Count} row(s) granting what no evidence uses.");
        if (unused.Count > 0 && !evidence.Any(e => e.Kind == EvidenceKind.Code))
        {
            environment.Error.WriteLine("note: traffic alone misses rare paths: add the project (or --from-sarif) before dropping a grant no request used.");
        }

        return lacking.Count > 0 || (strict && unused.Count > 0) ? ExitCodes.Missing : ExitCodes.Success;
    }
}
