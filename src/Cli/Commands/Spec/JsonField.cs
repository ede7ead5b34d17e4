using System;
using System.Globalization;
using System.Text.Json;

namespace IlluminatePerms.Cli.Commands.Spec;

/// <summary>
/// Fields of request logs read by name without regard to case: WireMock.Net's admin API and a
/// serialized journal may spell <c>Method</c> or <c>method</c>.
/// </summary>
internal static class JsonField
{
    /// <summary>The field <paramref name="name"/> of <paramref name="element"/>, or default when it is not an object or has no such field.</summary>
    public static JsonElement Get(JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return default;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value;
            }
        }

        return default;
    }

    /// <summary>The field's text, or null when it is missing or not a string.</summary>
    public static string? Text(JsonElement element, string name)
        => Get(element, name) is { ValueKind: JsonValueKind.String } text ? text.GetString() : null;

    /// <summary>The field as a whole number, written as a number or as a string of digits; null otherwise.</summary>
    public static int? Number(JsonElement element, string name)
    {
        var value = Get(element, name);
        return value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetInt32(out var number) => number,
            JsonValueKind.String when int.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) => number,
            _ => null,
        };
    }
}
