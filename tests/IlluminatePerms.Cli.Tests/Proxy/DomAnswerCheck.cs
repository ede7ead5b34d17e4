using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using IlluminatePerms.Cli.Commands.Proxy;
using IlluminatePerms.Contract;

namespace IlluminatePerms.Cli.Tests.Proxy;

/// <summary>
/// The proxy's contract check as it was before it streamed (commit b2cf912, a <see cref="JsonDocument"/>
/// per answer), kept as the reference the streaming <see cref="AnswerCheck"/> must agree with.
/// Checks one answer against the contract: its status, its kind (array, object, no body), and the
/// documented fields of its records (<see cref="ClientRecords"/>) and their JSON kinds. Fields the
/// contract does not know are noted, not findings. Refusals, redirects and errors are passed on
/// unchecked: they are answers about the request, not about the contract's records.
/// </summary>
internal sealed class DomAnswerCheck
{
    /// <summary>Records of an array answer checked: enough to see a shape, without reading a school of students.</summary>
    public const int RecordsChecked = 50;

    private readonly List<ContractFinding> findings = [];
    private readonly HashSet<string> seenFindings = new(StringComparer.Ordinal);
    private readonly SortedSet<string> unknown = new(StringComparer.Ordinal);
    private readonly string operation;
    private readonly string template;

    private DomAnswerCheck(string operation, string template)
    {
        this.operation = operation;
        this.template = template;
    }

    /// <summary>Checks an answer.</summary>
    /// <param name="method">The request's method.</param>
    /// <param name="path">The request's path relative to the base URL (only named when no operation matches).</param>
    /// <param name="match">The operation the request called, or null when none matches.</param>
    /// <param name="status">The answer's status code.</param>
    /// <param name="contentType">The answer's Content-Type, or null.</param>
    /// <param name="body">The whole body, or null when it was too large to keep.</param>
    public static AnswerVerdict Run(string method, string path, OperationMatch? match, int status, string? contentType, byte[]? body)
    {
        if (match is null)
        {
            var unmatched = new DomAnswerCheck("(none)", $"{method} {path}");
            unmatched.Add($"{method} {path} (status {status})", "no operation of the contract has this method and path");
            return unmatched.Verdict(null);
        }

        var check = new DomAnswerCheck(match.Operation.Id, match.Operation.ToString());
        return check.Verdict(check.Answer(match, status, contentType, body));
    }

    private string? Answer(OperationMatch match, int status, string? contentType, byte[]? body)
    {
        if (status is < 200 or > 299)
        {
            return status is >= 300 and <= 399 ? "a redirect, passed back unchanged" : $"status {status} is a refusal or an error, not a record";
        }

        var documentedStatus = match.Operation.SuccessStatus.ToString(CultureInfo.InvariantCulture) + (match.Operation.SuccessStatusStated ? string.Empty : ", assumed");
        if (status != match.Operation.SuccessStatus)
        {
            Add($"status {status}", $"status {documentedStatus}");
        }

        if (body is null)
        {
            return "the answer was larger than the proxy checks";
        }

        var expected = match.ExpectedKind;
        if (expected == AeriesResponseKind.Empty)
        {
            if (body.Length > 0)
            {
                Add($"a body of {body.Length} bytes", "no body");
            }

            return null;
        }

        if (contentType is null || !contentType.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            Add($"Content-Type {(contentType is null ? "missing" : Printable(contentType))}", "JSON");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException)
        {
            Add(body.Length == 0 ? "an empty body" : "a body that is not JSON", expected == AeriesResponseKind.Array ? "a JSON array" : "a JSON object");
            return null;
        }

        using (document)
        {
            Records(document.RootElement, expected, ClientRecords.For(match.Operation.Id));
        }

        return null;
    }

    private void Records(JsonElement root, AeriesResponseKind expected, DocumentedRecord? record)
    {
        var documented = expected == AeriesResponseKind.Array ? "an array" : "an object";
        if (root.ValueKind != (expected == AeriesResponseKind.Array ? JsonValueKind.Array : JsonValueKind.Object))
        {
            Add($"the answer is {Describe(root.ValueKind)}", documented);
            return;
        }

        if (record is null)
        {
            return;
        }

        if (expected == AeriesResponseKind.Object)
        {
            Record(root, record, string.Empty);
            return;
        }

        var index = 0;
        foreach (var element in root.EnumerateArray())
        {
            if (index++ == RecordsChecked)
            {
                break;
            }

            Element(element, record, "[]");
        }
    }

    /// <summary>An element of a list of records; <paramref name="label"/> names the list, e.g. "[]" or "Contacts[]".</summary>
    private void Element(JsonElement element, DocumentedRecord record, string label)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            Record(element, record, label + ".");
        }
        else
        {
            Add($"an element of {label} is {Describe(element.ValueKind)}", $"a {record.Name} object");
        }
    }

    private void Record(JsonElement element, DocumentedRecord record, string prefix)
    {
        var properties = 0;
        var documented = 0;
        foreach (var property in element.EnumerateObject())
        {
            properties++;
            var propertyName = property.Name;
            if (record.Field(propertyName.AsSpan()) is not { } field)
            {
                unknown.Add($"{record.Name}.{Printable(propertyName)}");
                continue;
            }

            documented++;
            var value = property.Value;
            if (!Accepts(field.Kinds, value))
            {
                Add($"{prefix}{Printable(propertyName)} is {Describe(value.ValueKind)}", field.Described);
                continue;
            }

            if (field.Record is not { } nested)
            {
                continue;
            }

            // The label of a nested record is made only when the answer has one: most fields are plain values.
            var name = prefix + Printable(propertyName);
            if (value.ValueKind == JsonValueKind.Object)
            {
                Record(value, nested, name + ".");
            }
            else if (value.ValueKind == JsonValueKind.Array)
            {
                var index = 0;
                foreach (var item in value.EnumerateArray())
                {
                    if (index++ == RecordsChecked)
                    {
                        break;
                    }

                    Element(item, nested, name + "[]");
                }
            }
        }

        if (properties > 0 && documented == 0)
        {
            Add($"{(prefix.Length == 0 ? "a record" : $"a record at {prefix.TrimEnd('.')}")} with none of the documented fields of {record.Name}", $"{record.Name}'s fields");
        }
    }

    private static bool Accepts(JsonKinds kinds, JsonElement value)
        => value.ValueKind switch
        {
            JsonValueKind.String => (kinds & JsonKinds.String) != 0 || ((kinds & JsonKinds.NumericString) != 0 && IsNumeric(value.GetString())),
            JsonValueKind.Number => (kinds & JsonKinds.Number) != 0,
            JsonValueKind.True or JsonValueKind.False => (kinds & JsonKinds.Boolean) != 0,
            JsonValueKind.Object => (kinds & JsonKinds.Object) != 0,
            JsonValueKind.Array => (kinds & JsonKinds.Array) != 0,
            JsonValueKind.Null => (kinds & JsonKinds.Null) != 0,
            _ => false,
        };

    private static bool IsNumeric(string? text) => decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "true or false",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.Null => "null",
        _ => "missing",
    };

    /// <summary>A name or header from the answer, cut short and without control characters, for a line of output.</summary>
    private static string Printable(string text)
    {
        // Nearly every name is short and plain: it is used as it is, without copies.
        if (text.Length <= 60 && !text.AsSpan().ContainsAnyInRange('\0', '\u001f') && !text.AsSpan().ContainsAnyInRange('\u007f', '\u009f'))
        {
            return text;
        }

        var cleaned = string.Concat(text.Length > 60 ? text[..60] + "…" : text).Replace('\n', ' ').Replace('\r', ' ');
        return new string(Array.ConvertAll(cleaned.ToCharArray(), c => char.IsControl(c) ? '?' : c));
    }

    private void Add(string seen, string documented)
    {
        if (seenFindings.Add(seen + "\n" + documented))
        {
            findings.Add(new ContractFinding(operation, template, seen, documented));
        }
    }

    private AnswerVerdict Verdict(string? notChecked) => new(findings, unknown, notChecked);
}
