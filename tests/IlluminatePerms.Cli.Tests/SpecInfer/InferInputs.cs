using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace IlluminatePerms.Cli.Tests.SpecInfer;

/// <summary>Evidence files as the build, the proxy and the mock write them, made small for tests.</summary>
internal static class InferInputs
{
    /// <summary>One diagnostic of a build log.</summary>
    public sealed record Use(string RuleId, string Message, string File, int Line);

    /// <summary>An IP0007 result: "'member' needs 'grant'" at file:line.</summary>
    public static Use GrantUse(string member, string grant, string file, int line) => new("IP0007", $"'{member}' needs '{grant}'", file, line);

    /// <summary>A SARIF 2.1 log as Roslyn writes it (-p:ErrorLog=build.sarif%2Cversion=2.1), file: URIs absolute.</summary>
    public static string Sarif(string sourceFolder, params Use[] uses)
    {
        var results = uses.Select(use => new Dictionary<string, object>
        {
            ["ruleId"] = use.RuleId,
            ["level"] = use.RuleId == "IP0007" ? "note" : "error",
            ["message"] = new { text = use.Message },
            ["locations"] = new[]
            {
                new { physicalLocation = new { artifactLocation = new { uri = new System.Uri(Path.Combine(sourceFolder, use.File)).AbsoluteUri }, region = new { startLine = use.Line, startColumn = 9 } } },
            },
        });
        return JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["$schema"] = "http://json.schemastore.org/sarif-2.1.0",
            ["version"] = "2.1.0",
            ["runs"] = new[] { new { tool = new { driver = new { name = "Microsoft (R) Visual C# Compiler" } }, results } },
        });
    }

    /// <summary>A proxy recording (docs/recordings.md) of one exchange.</summary>
    public static string Recording(string method, string path, int status) => JsonSerializer.Serialize(new
    {
        format = "illuminate-perms-recording/1",
        recorded = "2026-12-04T14:30:00.0000000+00:00",
        operation = (string?)null,
        personalData = "replaced",
        request = new { method, path, query = "?StartingRecord=1", headers = new[] { new[] { "Accept", "application/json" } } },
        answer = new { status, headers = new[] { new[] { "Content-Type", "application/json" } }, body = new object[0] },
        trouble = (string?)null,
    });

    /// <summary>The mock's GET /__admin/requests answer (WireMock.Net's LogEntryModel, as the mock serializes it).</summary>
    public static string RequestLog(params (string Method, string Path, int Status)[] requests) => JsonSerializer.Serialize(requests.Select((r, i) => new
    {
        Guid = System.Guid.NewGuid(),
        Request = new { ClientIP = "127.0.0.1", Method = r.Method, Path = r.Path, AbsolutePath = r.Path, Url = "http://127.0.0.1:5000" + r.Path },
        Response = new { StatusCode = r.Status },
    }));
}
