using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using IlluminatePerms.Checking.Report;

namespace IlluminatePerms.Cli.Reports;

/// <summary>
/// The report as SARIF 2.1.0: one result per spec grant that is not verified (missing: error;
/// blocked or in error: warning; not verifiable, inferred from undocumented behaviour, or not checked
/// because the check was stopped: note, each its own rule) and per excess area (warning), each at the
/// area as a logical location and, when the spec's file is known, at the spec's line for that grant
/// (an excess area: the spec file, no line), so that code-scanning services, which want a physical
/// location, accept the log. Each feature of the spec that will fail is a result of its own (error,
/// <c>IPC007</c>) and each the check could not tell another (note, <c>IPC008</c>), located at the spec
/// rows of the grants that decided it; a working feature is no finding, and every feature's verdict
/// is in the run's properties (<c>features</c>).
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
        ("IPC007", "FeatureWillFail", "A feature of the product will fail: the certificate lacks a grant it needs."),
        ("IPC008", "UntoldFeature", "The check could not tell whether a feature of the product works: a grant it needs was not verified, though none was refused."),
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
            results.Add(Result(rule, level, message, result, checkedReport.SpecLocation));
        }

        foreach (var excess in report.Excess)
        {
            results.Add(Result("IPC002", "warning", $"{excess.Grant} is readable but not in the spec: {excess.Reason}", excess, checkedReport.SpecLocation));
        }

        foreach (var feature in report.Features.Where(f => f.Verdict != FeatureSupport.Works))
        {
            results.Add(FeatureResult(feature, checkedReport.SpecLocation));
        }

        var run = new JsonObject
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
                ["features"] = new JsonArray(report.Features.Select(f => (JsonNode)new JsonObject { ["name"] = f.Name, ["verdict"] = f.Verdict.ToString() }).ToArray()),
            },
            ["results"] = results,
        };
        if (checkedReport.SpecLocation?.BaseUri is { } baseUri)
        {
            run["originalUriBaseIds"] = new JsonObject { [SpecLocation.BaseId] = new JsonObject { ["uri"] = baseUri } };
        }

        var sarif = new JsonObject
        {
            ["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json",
            ["version"] = "2.1.0",
            ["runs"] = new JsonArray(run),
        };
        return sarif.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    private static JsonObject Result(string rule, string level, string message, GrantCheckResult result, SpecLocation? spec) => new()
    {
        ["ruleId"] = rule,
        ["level"] = level,
        ["message"] = new JsonObject { ["text"] = message },
        ["locations"] = new JsonArray(Location(result, spec)),
        ["properties"] = new JsonObject { ["verdict"] = result.Verdict.ToString(), ["access"] = result.Access },
    };

    /// <summary>A feature that will fail (at its missing grants' rows) or that the check could not tell (at its untold grants' rows).</summary>
    private static JsonObject FeatureResult(FeatureVerdict feature, SpecLocation? spec)
    {
        var fails = feature.Verdict == FeatureSupport.Fails;
        var deciding = fails ? feature.Missing : feature.Untold;
        // A SARIF result is read alone, so it carries the reasons the other reports leave to the grants' rows.
        var points = fails ? string.Join(" ", FeatureText.Points(feature)) : string.Join(" ", feature.Untold.Select(r => $"{r.Grant}: {r.Reason}"));
        return new JsonObject
        {
            ["ruleId"] = fails ? "IPC007" : "IPC008",
            ["level"] = fails ? "error" : "note",
            ["message"] = new JsonObject { ["text"] = $"The feature '{feature.Name}' {(fails ? "will fail" : "cannot be told")}: {feature.Reason} {points}".TrimEnd() },
            ["locations"] = new JsonArray(deciding.Select(r => (JsonNode)Location(r, spec)).ToArray()),
            ["properties"] = new JsonObject { ["feature"] = feature.Name, ["verdict"] = feature.Verdict.ToString() },
        };
    }

    /// <summary>Where a grant's result stands: the area as a logical location, and its spec row when the spec's file is known.</summary>
    private static JsonObject Location(GrantCheckResult result, SpecLocation? spec)
    {
        var location = new JsonObject
        {
            ["logicalLocations"] = new JsonArray(new JsonObject
            {
                ["name"] = result.Area,
                ["fullyQualifiedName"] = $"{result.Group}/{result.Area}/{result.Access}",
                ["kind"] = "module",
            }),
        };
        if (spec is not null)
        {
            location["physicalLocation"] = PhysicalLocation(spec, spec.LineOf(result.Area, result.Access));
        }

        return location;
    }

    /// <summary>The spec file, at the grant's row when it has one (an excess area has none: the file alone).</summary>
    private static JsonObject PhysicalLocation(SpecLocation spec, int? line)
    {
        var artifact = new JsonObject { ["uri"] = spec.Uri };
        if (spec.BaseUri is not null)
        {
            artifact["uriBaseId"] = SpecLocation.BaseId;
        }

        if (spec.Description is not null)
        {
            artifact["description"] = new JsonObject { ["text"] = spec.Description };
        }

        var physical = new JsonObject { ["artifactLocation"] = artifact };
        if (line is not null)
        {
            physical["region"] = new JsonObject { ["startLine"] = line.Value };
        }

        return physical;
    }
}
