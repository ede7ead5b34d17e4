using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace IlluminatePerms.Client.Tests.Models;

/// <summary>
/// The articles' example records (Documented/examples.json, linked from the mock's tests) and the
/// check that a model read from one and written back keeps every field with its JSON type.
/// </summary>
internal static class DocumentedExamples
{
    /// <summary>Every example record, by name.</summary>
    public static readonly JsonElement All = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Documented", "examples.json"))).RootElement;

    /// <summary>Reads <paramref name="json"/> into the model and writes it back.</summary>
    public static JsonElement Again<T>(string json, JsonTypeInfo<T> type)
        => JsonDocument.Parse(JsonSerializer.Serialize(JsonSerializer.Deserialize(json, type)!, type)).RootElement;

    /// <summary>Every field of <paramref name="example"/> is in <paramref name="written"/>, with the same JSON type where both are not null.</summary>
    public static void Compare(JsonElement written, JsonElement example, string at, List<string> problems)
    {
        if (example.ValueKind == JsonValueKind.Null || written.ValueKind == JsonValueKind.Null)
        {
            return;
        }

        if (Kind(written) != Kind(example))
        {
            problems.Add($"{at} is {Kind(written)}, the example {Kind(example)}");
            return;
        }

        if (example.ValueKind == JsonValueKind.Object)
        {
            foreach (var field in example.EnumerateObject())
            {
                if (written.TryGetProperty(field.Name, out var value))
                {
                    Compare(value, field.Value, $"{at}.{field.Name}", problems);
                }
                else
                {
                    problems.Add($"{at}.{field.Name} is lost");
                }
            }
        }
        else if (example.ValueKind == JsonValueKind.Array && example.GetArrayLength() > 0)
        {
            Compare(written[0], example[0], $"{at}[0]", problems);
        }
    }

    public static string Kind(JsonElement element) => element.ValueKind is JsonValueKind.True or JsonValueKind.False ? "Boolean" : element.ValueKind.ToString();
}
