using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using IlluminatePerms.Contract;

namespace IlluminatePerms.Cli.Commands.Proxy;

/// <summary>
/// Checks one answer against the contract: its status, its kind (array, object, no body), and the
/// documented fields of its records (<see cref="ClientRecords"/>) and their JSON kinds, in one
/// streaming pass of <see cref="Utf8JsonReader"/> over the kept bytes. Fields the contract does not
/// know are noted, not findings. Refusals, redirects and errors are passed on
/// unchecked: they are answers about the request, not about the contract's records.
/// </summary>
internal sealed class AnswerCheck
{
    /// <summary>Records of an array answer checked: enough to see a shape, without reading a school of students.</summary>
    public const int RecordsChecked = 50;

    private readonly List<ContractFinding> findings = [];
    private readonly HashSet<string> seenFindings = new(StringComparer.Ordinal);
    private readonly SortedSet<string> unknown = new(StringComparer.Ordinal);
    // The names met at each position of each kind of record: the records of a list nearly always
    // name their fields in one order, so a name is first compared, as bytes, with the last one met there.
    private readonly Dictionary<DocumentedRecord, List<SeenName>> namesByPosition = [];
    private readonly string operation;
    private readonly string template;

    private AnswerCheck(string operation, string template)
    {
        this.operation = operation;
        this.template = template;
    }

    /// <summary>
    /// Checks the answer of <paramref name="exchange"/>. An answer that did not arrive whole (broken
    /// off, cut off, its caller gone) or never came is not checked, and the verdict says which.
    /// </summary>
    public static AnswerVerdict Run(ProxiedExchange exchange, ContractMatch? match)
    {
        if (match is null || exchange.Trouble is null)
        {
            return Run(exchange.Method, exchange.Path, match, exchange.Status, exchange.ContentType, exchange.AnswerBody);
        }

        var check = new AnswerCheck(match.Operation.Id, match.Operation.ToString());
        return check.Verdict(!exchange.DistrictAnswered ? "no answer came from the district" : "the answer did not arrive whole");
    }

    /// <summary>Checks an answer.</summary>
    /// <param name="method">The request's method.</param>
    /// <param name="path">The request's path relative to the base URL (only named when no operation matches).</param>
    /// <param name="match">The operation the request called, or null when none matches.</param>
    /// <param name="status">The answer's status code.</param>
    /// <param name="contentType">The answer's Content-Type, or null.</param>
    /// <param name="body">The whole body, or null when it was too large to keep.</param>
    public static AnswerVerdict Run(string method, string path, ContractMatch? match, int status, string? contentType, byte[]? body)
    {
        if (match is null)
        {
            var unmatched = new AnswerCheck("(none)", $"{method} {path}");
            unmatched.Add($"{method} {path} (status {status})", "no operation of the contract has this method and path");
            return unmatched.Verdict(null);
        }

        var check = new AnswerCheck(match.Operation.Id, match.Operation.ToString());
        return check.Verdict(check.Answer(match, status, contentType, body));
    }

    private string? Answer(ContractMatch match, int status, string? contentType, byte[]? body)
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

        if (string.IsNullOrWhiteSpace(contentType) || !contentType.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            Add($"Content-Type {(string.IsNullOrWhiteSpace(contentType) ? "missing" : Printable(contentType))}", "JSON");
        }

        var findingsBefore = findings.Count;
        try
        {
            // One forward pass over the bytes: no document is built, and no string is made but for a finding.
            var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = 64 });
            if (!reader.Read())
            {
                throw new JsonException("no JSON value");
            }

            Root(ref reader, expected, ClientRecords.For(match.Operation.Id));

            // The rest must be blank: the reader throws on anything after the value, as a parser would.
            if (reader.Read())
            {
                throw new JsonException("more than one JSON value");
            }
        }
        catch (JsonException)
        {
            // What the pass saw before the break describes a broken body: only that it is not JSON is said.
            Forget(findingsBefore);
            Add(body.Length == 0 ? "an empty body" : "a body that is not JSON", expected == AeriesResponseKind.Array ? "a JSON array" : "a JSON object");
        }

        return null;
    }

    /// <summary>The answer's value; the reader is on its first token and is left on its last.</summary>
    private void Root(ref Utf8JsonReader reader, AeriesResponseKind expected, DocumentedRecord? record)
    {
        var documented = expected == AeriesResponseKind.Array ? "an array" : "an object";
        if (reader.TokenType != (expected == AeriesResponseKind.Array ? JsonTokenType.StartArray : JsonTokenType.StartObject))
        {
            Add($"the answer is {Describe(reader.TokenType)}", documented);
            reader.Skip();
            return;
        }

        if (record is null)
        {
            reader.Skip();
        }
        else if (expected == AeriesResponseKind.Object)
        {
            Record(ref reader, record, string.Empty);
        }
        else
        {
            Elements(ref reader, record, "[]");
        }
    }

    /// <summary>A list of records, the reader on its '['; <paramref name="label"/> names the list, e.g. "[]" or "Contacts[]".</summary>
    private void Elements(ref Utf8JsonReader reader, DocumentedRecord record, string label)
    {
        var prefix = label + ".";
        var index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            // Past the records checked the elements are only read over (the body must still be JSON to the end).
            if (index++ >= RecordsChecked)
            {
                reader.Skip();
            }
            else if (reader.TokenType == JsonTokenType.StartObject)
            {
                Record(ref reader, record, prefix);
            }
            else
            {
                Add($"an element of {label} is {Describe(reader.TokenType)}", $"a {record.Name} object");
                reader.Skip();
            }
        }
    }

    /// <summary>One record, the reader on its '{' and left on its '}'.</summary>
    private void Record(ref Utf8JsonReader reader, DocumentedRecord record, string prefix)
    {
        var properties = 0;
        var documented = 0;
        var seen = SeenNames(record);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = Seen(ref reader, record, seen, properties++);
            var field = name.Field;
            reader.Read();
            if (field is null)
            {
                unknown.Add(name.Label);
                reader.Skip();
                continue;
            }

            documented++;
            if (!Accepts(field.Kinds, ref reader))
            {
                Add($"{prefix}{name.Printable} is {Describe(reader.TokenType)}", field.Described);
                reader.Skip();
                continue;
            }

            // The label of a nested record is made only when the answer has one: most fields are plain values.
            if (field.Record is { } nested && reader.TokenType == JsonTokenType.StartObject)
            {
                Record(ref reader, nested, prefix + name.Printable + ".");
            }
            else if (field.Record is { } listed && reader.TokenType == JsonTokenType.StartArray)
            {
                Elements(ref reader, listed, prefix + name.Printable + "[]");
            }
            else
            {
                reader.Skip();
            }
        }

        if (properties > 0 && documented == 0)
        {
            Add($"{(prefix.Length == 0 ? "a record" : $"a record at {prefix.TrimEnd('.')}")} with none of the documented fields of {record.Name}", $"{record.Name}'s fields");
        }
    }

    private List<SeenName> SeenNames(DocumentedRecord record)
    {
        if (!namesByPosition.TryGetValue(record, out var seen))
        {
            seen = [];
            namesByPosition.Add(record, seen);
        }

        return seen;
    }

    /// <summary>
    /// The property name the reader is on, at <paramref name="position"/> of a <paramref name="record"/>:
    /// the one met there before when the bytes are the same, else looked up (without case) and kept for the next record.
    /// </summary>
    private SeenName Seen(ref Utf8JsonReader reader, DocumentedRecord record, List<SeenName> seen, int position)
    {
        // The same raw bytes are the same name, escaped or not; other bytes may still be the same name, which the lookup finds.
        if (position < seen.Count && reader.ValueSpan.SequenceEqual(seen[position].Utf8))
        {
            return seen[position];
        }

        // Made once per place and kind of record, not once per record.
        var text = reader.GetString()!;
        var printable = Printable(text);
        var met = new SeenName(reader.ValueSpan.ToArray(), record.Field(text), printable, $"{record.Name}.{printable}");
        if (position < seen.Count)
        {
            seen[position] = met;
        }
        else
        {
            seen.Add(met);
        }

        return met;
    }

    private static bool Accepts(JsonKinds kinds, ref Utf8JsonReader value)
        => value.TokenType switch
        {
            JsonTokenType.String => (kinds & JsonKinds.String) != 0 || ((kinds & JsonKinds.NumericString) != 0 && IsNumeric(ref value)),
            JsonTokenType.Number => (kinds & JsonKinds.Number) != 0,
            JsonTokenType.True or JsonTokenType.False => (kinds & JsonKinds.Boolean) != 0,
            JsonTokenType.StartObject => (kinds & JsonKinds.Object) != 0,
            JsonTokenType.StartArray => (kinds & JsonKinds.Array) != 0,
            JsonTokenType.Null => (kinds & JsonKinds.Null) != 0,
            _ => false,
        };

    private static bool IsNumeric(ref Utf8JsonReader value)
        => value.ValueIsEscaped
            ? decimal.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out _)
            : decimal.TryParse(value.ValueSpan, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "true or false",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.Null => "null",
        _ => "missing",
    };

    /// <summary>A name or header from the answer, cut short and without control characters, for a line of output.</summary>
    internal static string Printable(string text)
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

    /// <summary>Takes back the findings added since there were <paramref name="count"/>.</summary>
    private void Forget(int count)
    {
        foreach (var finding in findings[count..])
        {
            seenFindings.Remove(finding.Seen + "\n" + finding.Documented);
        }

        findings.RemoveRange(count, findings.Count - count);
        unknown.Clear();
    }

    private AnswerVerdict Verdict(string? notChecked) => new(findings, unknown, notChecked);

    /// <summary>A property name as met in the answer: its bytes, its documented field (or null), its text for output and its label as "Record.Name".</summary>
    private sealed record SeenName(byte[] Utf8, DocumentedField? Field, string Printable, string Label);
}
