using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using IlluminatePerms.Cli.Commands.Proxy;
using IlluminatePerms.Contract;

namespace IlluminatePerms.Cli.Tests.Proxy;

/// <summary>
/// The JSON part of the proxy's contract check as it was before it streamed (commit b2cf912: a
/// <see cref="JsonDocument"/> per answer, walked element by element), kept as the reference that
/// the streaming <see cref="AnswerCheck"/> must agree with on any body of a successful answer.
/// </summary>
internal sealed class DomAnswerCheck
{
    private readonly List<(string Seen, string Documented)> findings = [];
    private readonly SortedSet<string> unknown = new(StringComparer.Ordinal);

    /// <summary>What the document check found in <paramref name="body"/>, each finding once in the order met, and the unknown fields.</summary>
    public static (IReadOnlyList<(string Seen, string Documented)> Findings, IReadOnlyCollection<string> UnknownFields) Run(byte[] body, AeriesResponseKind expected, DocumentedRecord? record)
    {
        var check = new DomAnswerCheck();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException)
        {
            check.Add(body.Length == 0 ? "an empty body" : "a body that is not JSON", expected == AeriesResponseKind.Array ? "a JSON array" : "a JSON object");
            return (check.findings, check.unknown);
        }

        using (document)
        {
            check.Records(document.RootElement, expected, record);
        }

        return (check.findings, check.unknown);
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
            if (index++ == AnswerCheck.RecordsChecked)
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
            if (record.Field(propertyName) is not { } field)
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
                    if (index++ == AnswerCheck.RecordsChecked)
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

    private static string Printable(string text) => AnswerCheck.Printable(text);

    private void Add(string seen, string documented)
    {
        if (!findings.Contains((seen, documented)))
        {
            findings.Add((seen, documented));
        }
    }
}
