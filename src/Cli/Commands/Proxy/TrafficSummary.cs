using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using IlluminatePerms.Contract;
using IlluminatePerms.Grants;
using IlluminatePerms.Spec;
using IlluminatePerms.Cli.Checking;

namespace IlluminatePerms.Cli.Commands.Proxy;

/// <summary>
/// What the traffic showed, for the summary at exit: the grants its operations need (as
/// <c>Area: Access</c> lines and as permissions.csv rows), and the contract findings and unknown
/// fields as Markdown to attach to a report about the contract. Names and kinds only, never values.
/// </summary>
internal sealed class TrafficSummary
{
    private readonly SortedDictionary<string, OperationTally> operations = new(StringComparer.Ordinal);
    private readonly Dictionary<ContractFinding, int> findings = [];
    private readonly SortedDictionary<string, SortedSet<string>> unknownFields = new(StringComparer.Ordinal);
    private int requests;
    private long overflowed;
    private long overflowReported;

    /// <summary>Counts one exchange.</summary>
    public void Add(ProxiedExchange exchange, ContractMatch? match, AnswerVerdict verdict)
    {
        requests++;
        if (match is not null)
        {
            if (!operations.TryGetValue(match.Operation.Id, out var tally))
            {
                operations[match.Operation.Id] = tally = new OperationTally(match.Operation);
            }

            tally.Requests++;
            tally.Refused += exchange.Status is 401 or 403 ? 1 : 0;
        }

        foreach (var finding in verdict.Findings)
        {
            findings[finding] = findings.GetValueOrDefault(finding) + 1;
        }

        foreach (var field in verdict.UnknownFields)
        {
            if (!unknownFields.TryGetValue(field, out var where))
            {
                unknownFields[field] = where = new SortedSet<string>(StringComparer.Ordinal);
            }

            where.Add(match?.Operation.Id ?? "(none)");
        }
    }

    /// <summary>Counts a request passed on without its check and line; the only member safe from any thread.</summary>
    public void Overflowed() => Interlocked.Increment(ref overflowed);

    /// <summary>How many requests were passed on unchecked since the last call (for a warning between lines).</summary>
    public long TakeUnreportedOverflow()
    {
        var total = Interlocked.Read(ref overflowed);
        var unreported = total - overflowReported;
        overflowReported = total;
        return unreported;
    }

    /// <summary>The grants the traffic's operations need.</summary>
    public GrantSet Grants => GrantSet.Of(operations.Values.Where(t => t.Operation.RequiredGrant is not null).Select(t => t.Operation.RequiredGrant!.Value));

    /// <summary>The summary as Markdown.</summary>
    public string Render()
    {
        var text = new StringBuilder();
        text.AppendLine("# illuminate-perms proxy: summary").AppendLine();
        text.AppendLine($"{requests} request(s), {operations.Count} operation(s) of the contract.").AppendLine();
        if (Interlocked.Read(ref overflowed) is > 0 and var skipped)
        {
            // Fail closed: what follows covers the checked requests only, and says so.
            text.AppendLine($"Not checked: {skipped} more request(s) were passed on without their line or contract check, because the check fell behind the traffic. The grants and findings below are those of the checked requests only.").AppendLine();
        }

        text.AppendLine("## Grants the traffic exercised").AppendLine();
        var grants = Grants;
        if (grants.IsEmpty)
        {
            text.AppendLine("None: no request called an operation that needs a permission.");
        }

        foreach (var grant in grants)
        {
            var tallies = operations.Values.Where(t => t.Operation.RequiredGrant is { } needed && ReferenceEquals(needed.Area, grant.Area)).ToList();
            text.AppendLine($"- {grant} ({tallies.Sum(t => t.Requests)} request(s), {tallies.Sum(t => t.Refused)} refused with 401/403)");
        }

        text.AppendLine().AppendLine("As spec rows (permissions.csv):").AppendLine().AppendLine("```csv").AppendLine(PermissionSpec.CanonicalHeader);
        foreach (var grant in grants)
        {
            var used = operations.Values.Where(t => t.Operation.RequiredGrant is { } needed && ReferenceEquals(needed.Area, grant.Area)).Select(t => t.Operation.Id);
            text.AppendLine(CsvWriter.Record([grant.Area.Group, grant.Area.Name, AccessText.Format(grant.Access), $"Seen in proxied traffic: {string.Join(", ", used)}"]));
        }

        text.AppendLine("```").AppendLine().AppendLine("## Contract findings").AppendLine();
        if (findings.Count == 0)
        {
            text.AppendLine("None: every answer checked matched the contract's status, kind and documented field types.");
        }
        else
        {
            text.AppendLine("| Operation | Path template | Seen | Documented | Requests |").AppendLine("|---|---|---|---|---|");
            foreach (var (finding, count) in findings.OrderBy(f => f.Key.Operation, StringComparer.Ordinal).ThenBy(f => f.Key.Seen, StringComparer.Ordinal))
            {
                text.AppendLine($"| {Cell(finding.Operation)} | `{Cell(finding.PathTemplate)}` | {Cell(finding.Seen)} | {Cell(finding.Documented)} | {count} |");
            }
        }

        text.AppendLine().AppendLine("## Fields the contract does not know (noted, not errors)").AppendLine();
        if (unknownFields.Count == 0)
        {
            text.AppendLine("None.");
        }

        foreach (var (field, where) in unknownFields)
        {
            text.AppendLine($"- {Cell(field)} (in {string.Join(", ", where)})");
        }

        return CertificateShape.Redact(text.ToString());
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("`", "'", StringComparison.Ordinal);

    private sealed class OperationTally(Contract.AeriesOperation operation)
    {
        public Contract.AeriesOperation Operation { get; } = operation;

        public int Requests { get; set; }

        public int Refused { get; set; }
    }
}
