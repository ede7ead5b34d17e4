using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using IlluminatePerms.Checking.Report;

namespace IlluminatePerms.Cli.Reports;

/// <summary>
/// The report as JSON, shape version 1 (docs/cli-report.md): camelCase names, verdicts and
/// outcomes as strings, counts of every verdict, the certificate redacted, and the verdict on each
/// feature of the spec (an empty array when it names none).
/// </summary>
internal static class JsonReport
{
    /// <summary>The shape's version, written as "shape".</summary>
    public const string Shape = "illuminate-perms/check-report/1";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // Keep "…" in the redacted certificate and the admin's words readable; the output is a file, not HTML.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>The JSON text of a report.</summary>
    public static string Render(CheckedReport checkedReport)
    {
        var report = checkedReport.Report;
        var document = new Document(
            Shape,
            report.BaseUrl,
            report.Certificate,
            checkedReport.SpecName,
            checkedReport.Demo,
            report.Outcome,
            report.Summary,
            report.AeriesVersion,
            report.DatabaseYear,
            report.StartedAt,
            (long)report.Duration.TotalMilliseconds,
            report.Requests,
            checkedReport.Counts.ToDictionary(p => JsonNamingPolicy.CamelCase.ConvertName(p.Key.ToString()), p => p.Value),
            report.Excess.Count,
            report.Results.Select(Row).ToList(),
            report.Excess.Select(Row).ToList(),
            report.Features.Select(Feature).ToList());
        return JsonSerializer.Serialize(document, Options);
    }

    private static ResultRow Row(GrantCheckResult result) => new(
        result.Group,
        result.Area,
        result.Access,
        result.Verdict,
        result.Reason,
        result.OperationId,
        result.StatusCode,
        result.ToTick is null ? null : CheckedReport.FixStep(result.ToTick));

    private static FeatureRow Feature(FeatureVerdict feature) => new(
        feature.Name,
        feature.Verdict,
        feature.Reason,
        feature.Missing.Select(Row).ToList(),
        feature.Untold.Select(Row).ToList(),
        feature.Verified.Select(Row).ToList());

    private sealed record Document(
        string Shape,
        string BaseUrl,
        string Certificate,
        string Spec,
        string? Demo,
        CheckOutcome Outcome,
        string Summary,
        string? AeriesVersion,
        string? DatabaseYear,
        DateTimeOffset StartedAt,
        long DurationMs,
        int Requests,
        IReadOnlyDictionary<string, int> Counts,
        int ExcessCount,
        IReadOnlyList<ResultRow> Results,
        IReadOnlyList<ResultRow> Excess,
        IReadOnlyList<FeatureRow> Features);

    /// <summary>A feature's verdict; its grants in the form of <see cref="ResultRow"/>, so a missing one carries its <c>fix</c>.</summary>
    private sealed record FeatureRow(string Name, FeatureSupport Verdict, string Reason, IReadOnlyList<ResultRow> Missing, IReadOnlyList<ResultRow> Untold, IReadOnlyList<ResultRow> Verified);

    private sealed record ResultRow(string Group, string Area, string Access, GrantVerdict Verdict, string Reason, string? OperationId, int? StatusCode, string? Fix);
}
