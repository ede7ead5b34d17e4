using System.Collections.Generic;
using System.Globalization;
using IlluminatePerms.Cli.Checking;
using IlluminatePerms.Contract;

namespace IlluminatePerms.Cli.Commands.Proxy;

/// <summary>
/// The one line printed per request: status, method and path template, operation, grant, time, then
/// each contract finding, the fields the contract does not know, why the answer was not checked, and
/// what went wrong. Never a value of the request or the answer; anything shaped like a certificate is
/// hidden all the same.
/// </summary>
internal static class TrafficLine
{
    /// <summary>The line of <paramref name="exchange"/>.</summary>
    public static string Of(ProxiedExchange exchange, ContractMatch? match, AnswerVerdict verdict)
    {
        // 000 when no status was passed back (the caller went first), as curl writes it: the column keeps its width.
        var status = exchange.Status.ToString("000", CultureInfo.InvariantCulture);
        var parts = new List<string>
        {
            match is null
                ? $"{status} {exchange.Method} {exchange.Path}  (no operation of the contract)"
                : $"{status} {match.Operation}  {match.Operation.Id}  {match.Operation.RequiredGrant?.ToString() ?? "no permission"}",
        };
        parts[0] += "  " + exchange.Elapsed.TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture) + " ms";
        foreach (var finding in verdict.Findings)
        {
            parts.Add(finding.ToString());
        }

        if (verdict.UnknownFields.Count > 0)
        {
            parts.Add($"note: fields the contract does not know: {string.Join(", ", verdict.UnknownFields)}");
        }

        // A line with no finding must not read as a clean answer when the answer was never looked at.
        if (verdict.NotChecked is not null)
        {
            parts.Add($"not checked: {verdict.NotChecked}");
        }

        if (exchange.Trouble is not null)
        {
            parts.Add($"trouble: {exchange.Trouble}");
        }

        return CertificateShape.Redact(string.Join("; ", parts));
    }
}
