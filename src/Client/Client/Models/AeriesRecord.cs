using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace IlluminatePerms.Client.Models;

/// <summary>
/// A record of an endpoint whose shape no Aeries article shows (bell schedules, discipline, fees,
/// report cards, transcripts, codes, data changes…): every field as Aeries sent it, by Aeries' name.
/// </summary>
public sealed class AeriesRecord
{
    /// <summary>The fields, by Aeries' spelling.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement> Fields { get; set; } = new();

    /// <summary>A field as text (numbers keep their JSON text), or null when absent or null.</summary>
    public string? Text(string name)
        => Fields.TryGetValue(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Null or JsonValueKind.Undefined => null,
                _ => value.GetRawText(),
            }
            : null;
}
