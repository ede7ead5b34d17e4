using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace IlluminatePerms.MockAeries.Server.Settings;

/// <summary>
/// The flags that carry several settings in one word: <c>--fault pathPrefix=schools,errorRate=0.2</c>
/// and <c>--assume permissionCheckedBeforeLookup=false</c>. Their keys are the config file's, and
/// they are checked by the same contract.
/// </summary>
internal static class SettingsFlags
{
    /// <summary>A <c>--fault</c> value: comma-separated <c>key=value</c> pairs of <see cref="FaultSettings"/>.</summary>
    /// <exception cref="SettingsException">A pair without '=', an unknown key or a wrong value.</exception>
    public static FaultSettings Fault(string text)
        => SettingsJson.Read<FaultSettings>(JsonSerializer.SerializeToElement(Pairs(text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), $"--fault '{text}'")), $"--fault '{text}'");

    /// <summary>The assumptions of <paramref name="basis"/> with each <c>--assume key=value</c> applied.</summary>
    /// <exception cref="SettingsException">A pair without '=', an unknown assumption or a wrong value.</exception>
    public static MockAssumptions Assume(MockAssumptions basis, IReadOnlyList<string> pairs)
    {
        var merged = JsonSerializer.SerializeToNode(basis, SettingsJson.Options)!.AsObject();
        foreach (var (key, value) in Pairs(pairs, "--assume"))
        {
            merged[key] = value?.DeepClone();
        }

        return SettingsJson.Read<MockAssumptions>(JsonSerializer.SerializeToElement(merged), $"--assume {string.Join(' ', pairs)}");
    }

    private static JsonObject Pairs(IEnumerable<string> pairs, string where)
    {
        var result = new JsonObject();
        foreach (var pair in pairs)
        {
            var at = pair.IndexOf('=', StringComparison.Ordinal);
            if (at <= 0)
            {
                throw new SettingsException($"{where}: '{pair}' is not key=value.");
            }

            result[pair[..at].Trim()] = Value(pair[(at + 1)..].Trim());
        }

        return result;
    }

    // true/false, numbers and JSON objects or arrays as themselves; anything else is text.
    private static JsonNode? Value(string text)
    {
        if (text is "true" or "false" || text.StartsWith('{') || text.StartsWith('[')
            || double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            try
            {
                return JsonNode.Parse(text);
            }
            catch (JsonException error)
            {
                throw new SettingsException($"'{text}' is not valid JSON: {error.Message}", error);
            }
        }

        return JsonValue.Create(text);
    }
}
