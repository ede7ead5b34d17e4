using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using IlluminatePerms.Checking.Report;

namespace IlluminatePerms.Cli.Reports;

/// <summary>
/// The report as SARIF 2.1.0: one result per spec grant that is not verified (missing: error;
/// blocked or in error: warning; not verifiable, inferred from undocumented behaviour, or not checked
/// because the check was stopped: note, each its own rule) and per excess area (warning), each at the
/// area as a logical location.
/// </summary>
internal static class SarifReport
{
    private static readonly (string Id, string Name, string Text)[] Rules =
    [
        ("IPC001", "MissingGrant", "A grant of the spec is missing from the certificate."),
        ("IPC002", "ExcessGrant", "The certificate can read an area outside the spec."),
        ("IPC003", "UncheckedGrant", "A grant of the spec could not be checked (blocked or in error)."),
        ("IPC004", "NotVerifiableGrant", "Calling the API cannot show whether the certificate has the grant."),
        ("IPC005", "InferredGrant", "Aeries' answer suggests the certificate has the grant, but only through behaviour Aeries does not document: not a proof."),
        ("IPC006", "NotCheckedGrant", "The check was stopped (cancelled, or its deadline passed) before this grant was probed: nothing is known about it."),
    ];

    /// <summary>The SARIF text of a report.</summary>
    public static string Render(CheckedReport checkedReport)
    {
        var report = checkedReport.Report;
        var results = new JsonArray();
        foreach (var result in report.Results.Where(r => r.Verdict != GrantVerdict.Verified))
        {
            var (rule, level) = result.Verdict switch
            {
                GrantVerdict.Missing => ("IPC001", "error"),
                GrantVerdict.NotVerifiable => ("IPC004", "note"),
                GrantVerdict.Inferred => ("IPC005", "note"),
                // Nothing is known, so no finding about the certificate: the invocation says the run was stopped.
                GrantVerdict.NotChecked => ("IPC006", "note"),
                _ => ("IPC003", "warning"),
            };
            var message = result.ToTick is null ? $"{result.Grant}: {result.Reason}" : $"{result.Grant} is missing. {CheckedReport.FixStep(result.ToTick)}";
            results.Add(Result(rule, level, message, result));
        }

        foreach (var excess in report.Excess)
        {
            results.Add(Result("IPC002", "warning", $"{excess.Grant} is readable but not in the spec: {excess.Reason}", excess));
        }

        var sarif = new JsonObject
        {
            ["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json",
            ["version"] = "2.1.0",
            ["runs"] = new JsonArray(new JsonObject
            {
                ["tool"] = new JsonObject
                {
                    ["driver"] = new JsonObject
                    {
                        ["name"] = "illuminate-perms",
                        ["semanticVersion"] = "0.1.0",
                        ["rules"] = new JsonArray(Rules.Select(r => (JsonNode)new JsonObject
                        {
                            ["id"] = r.Id,
                            ["name"] = r.Name,
                            ["shortDescription"] = new JsonObject { ["text"] = r.Text },
                        }).ToArray()),
                    },
                },
                ["invocations"] = new JsonArray(new JsonObject
                {
                    ["executionSuccessful"] = report.Outcome == CheckOutcome.Completed,
                    ["toolExecutionNotifications"] = new JsonArray(new JsonObject
                    {
                        ["level"] = report.Outcome == CheckOutcome.Completed ? "note" : "error",
                        ["message"] = new JsonObject { ["text"] = report.Summary },
                    }),
                }),
                ["properties"] = new JsonObject
                {
                    ["baseUrl"] = report.BaseUrl,
                    ["certificate"] = report.Certificate,
                    ["spec"] = checkedReport.SpecName,
                    ["outcome"] = report.Outcome.ToString(),
                },
                ["results"] = results,
            }),
        };
        return sarif.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    private static JsonObject Result(string rule, string level, string message, GrantCheckResult result) => new()
    {
        ["ruleId"] = rule,
        ["level"] = level,
        ["message"] = new JsonObject { ["text"] = message },
        ["locations"] = new JsonArray(new JsonObject
        {
            ["logicalLocations"] = new JsonArray(new JsonObject
            {
                ["name"] = result.Area,
                ["fullyQualifiedName"] = $"{result.Group}/{result.Area}/{result.Access}",
                ["kind"] = "module",
            }),
        }),
        ["properties"] = new JsonObject { ["verdict"] = result.Verdict.ToString(), ["access"] = result.Access },
    };
}
