using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace IlluminatePerms.MockAeries.Server.Settings;

/// <summary>
/// The settings' JSON: camelCase keys, enums by name, and strict: a key that no setting has is an
/// error naming it (checked against the serializer's own contract, so the list of keys is never
/// written twice), and a value of the wrong type is one naming its key.
/// </summary>
internal static class SettingsJson
{
    /// <summary>The serializer options of the file and of the assumptions' flags.</summary>
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };

    /// <summary>Reads <paramref name="element"/> as a <typeparamref name="T"/>; <paramref name="where"/> says where it came from in messages.</summary>
    /// <exception cref="SettingsException">An unknown key or a value of the wrong type.</exception>
    public static T Read<T>(JsonElement element, string where)
    {
        CheckKeys(element, Options.GetTypeInfo(typeof(T)), string.Empty, where);
        try
        {
            return element.Deserialize<T>(Options) ?? throw new SettingsException($"{where}: the settings are null; write an object {{ … }}.");
        }
        catch (JsonException error)
        {
            throw new SettingsException($"{where}: {Key(error.Path)} has a value of the wrong type ({error.Message.Split(" Path:", 2)[0]})", error);
        }
    }

    // The JSON path "$.faults[0].errorRate" as the key a person wrote: "faults[0].errorRate".
    private static string Key(string? path) => string.IsNullOrEmpty(path) || path == "$" ? "the whole file" : $"'{path.TrimStart('$', '.')}'";

    private static void CheckKeys(JsonElement element, JsonTypeInfo type, string path, string where)
    {
        if (type.Kind == JsonTypeInfoKind.Object && element.ValueKind == JsonValueKind.Object)
        {
            var known = type.Properties.ToDictionary(property => property.Name, StringComparer.Ordinal);
            foreach (var member in element.EnumerateObject())
            {
                var key = path.Length == 0 ? member.Name : $"{path}.{member.Name}";
                if (!known.TryGetValue(member.Name, out var property))
                {
                    throw new SettingsException($"{where}: unknown key '{key}'; the keys here are {string.Join(", ", known.Keys.Order(StringComparer.Ordinal))}.");
                }

                CheckKeys(member.Value, Options.GetTypeInfo(property.PropertyType), key, where);
            }
        }
        else if (type.Kind == JsonTypeInfoKind.Enumerable && element.ValueKind == JsonValueKind.Array && type.ElementType is { } elementType)
        {
            var index = 0;
            foreach (var item in element.EnumerateArray())
            {
                CheckKeys(item, Options.GetTypeInfo(elementType), string.Create(CultureInfo.InvariantCulture, $"{path}[{index++}]"), where);
            }
        }
    }

    /// <summary>The camelCase key of a setting, for messages about values read from flags.</summary>
    public static IReadOnlyList<string> KeysOf<T>() => Options.GetTypeInfo(typeof(T)).Properties.Select(property => property.Name).ToList();
}
