using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using IlluminatePerms.Cli.Files;

namespace IlluminatePerms.Cli.Commands.Spec;

/// <summary>
/// A build's SARIF error log as the compiler writes it: SARIF 2.1 (<c>ErrorLog=build.sarif%2Cversion=2.1</c>)
/// or SARIF 1.0 (MSBuild's default when the version is left off). Other SARIF, such as the check's own
/// report, is refused with a message.
/// </summary>
internal static class BuildErrorLog
{
    /// <summary>How to write a build log, for messages.</summary>
    public const string HowToBuild = "build with -p:ErrorLog=$PWD/build.sarif%2Cversion=2.1";

    /// <summary>One result of the log: its rule, its message, whether the source suppressed it, and where it is.</summary>
    /// <param name="RuleId">The diagnostic ID, such as IP0001.</param>
    /// <param name="Message">The diagnostic's message text.</param>
    /// <param name="Suppressed">True when a pragma or attribute suppressed it.</param>
    /// <param name="File">The source file's path (local when the log names a file: URI), or null when the result has no location.</param>
    /// <param name="Line">The first line of the result's region (1-based), or null.</param>
    public sealed record Result(string RuleId, string Message, bool Suppressed, string? File = null, int? Line = null);

    /// <summary>The results of every run of the log at <paramref name="path"/>.</summary>
    /// <exception cref="CliException">The file is not JSON, not SARIF, of a SARIF version a build does not write, or not a build's log.</exception>
    public static List<Result> Read(string path)
    {
        using (var log = CappedJson.Read(path, "SARIF log", string.Empty, "give the build's SARIF error log."))
        {
            var root = log.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("runs", out var runs) || runs.ValueKind != JsonValueKind.Array)
            {
                throw new CliException($"{path} is not a SARIF log (no runs): {HowToBuild}.");
            }

            var version = root.TryGetProperty("version", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            var isVersion1 = version == "1.0.0";
            if (!isVersion1 && version != "2.1.0")
            {
                throw new CliException($"{path} is SARIF version '{version ?? "(none)"}', which no build writes: {HowToBuild}.");
            }

            var results = new List<Result>();
            foreach (var run in runs.EnumerateArray())
            {
                var tool = ToolName(run, isVersion1);
                if (tool == "illuminate-perms")
                {
                    throw new CliException($"{path} is the report of 'illuminate-perms check', not a build's error log: {HowToBuild}, then give that build.sarif.");
                }

                if (run.TryGetProperty("results", out var runResults) && runResults.ValueKind == JsonValueKind.Array)
                {
                    results.AddRange(runResults.EnumerateArray().Select(result => Read(result, isVersion1)));
                }
            }

            return results;
        }
    }

    // SARIF 1.0 names the tool at tool.name; 2.1 at tool.driver.name.
    private static string? ToolName(JsonElement run, bool isVersion1)
    {
        if (!run.TryGetProperty("tool", out var tool) || tool.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var named = isVersion1 ? tool : tool.TryGetProperty("driver", out var driver) && driver.ValueKind == JsonValueKind.Object ? driver : default;
        return named.ValueKind == JsonValueKind.Object && named.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String ? name.GetString() : null;
    }

    // SARIF 1.0: "message" is the text and "suppressionStates" lists suppressions; 2.1: message.text and "suppressions".
    private static Result Read(JsonElement result, bool isVersion1)
    {
        var rule = result.TryGetProperty("ruleId", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString()! : string.Empty;
        string message;
        bool suppressed;
        if (isVersion1)
        {
            message = result.TryGetProperty("message", out var text) && text.ValueKind == JsonValueKind.String ? text.GetString()! : string.Empty;
            suppressed = result.TryGetProperty("suppressionStates", out var states) && states.ValueKind == JsonValueKind.Array && states.GetArrayLength() > 0;
        }
        else
        {
            message = result.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.Object && m.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String ? text.GetString()! : string.Empty;
            suppressed = result.TryGetProperty("suppressions", out var suppressions) && suppressions.ValueKind == JsonValueKind.Array && suppressions.GetArrayLength() > 0;
        }

        var (file, line) = Location(result, isVersion1);
        return new Result(rule, message, suppressed, file, line);
    }

    // SARIF 1.0: locations[0].resultFile.{uri, region.startLine}; 2.1: locations[0].physicalLocation.{artifactLocation.uri, region.startLine}.
    private static (string? File, int? Line) Location(JsonElement result, bool isVersion1)
    {
        if (!result.TryGetProperty("locations", out var locations) || locations.ValueKind != JsonValueKind.Array || locations.GetArrayLength() == 0
            || locations[0].ValueKind != JsonValueKind.Object)
        {
            return (null, null);
        }

        var physical = isVersion1 ? Child(locations[0], "resultFile") : Child(locations[0], "physicalLocation");
        var artifact = isVersion1 ? physical : Child(physical, "artifactLocation");
        var uri = Child(artifact, "uri") is { ValueKind: JsonValueKind.String } text ? text.GetString() : null;
        var line = Child(Child(physical, "region"), "startLine") is { ValueKind: JsonValueKind.Number } number && number.TryGetInt32(out var value) ? value : (int?)null;
        var file = uri is not null && Uri.TryCreate(uri, UriKind.Absolute, out var absolute) && absolute.IsFile ? absolute.LocalPath : uri;
        return (file, line);
    }

    private static JsonElement Child(JsonElement element, string name)
        => element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var child) ? child : default;
}
