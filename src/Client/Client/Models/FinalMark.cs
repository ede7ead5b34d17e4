using System.Text.Json.Serialization;

namespace IlluminatePerms.Client.Models;

/// <summary>A final mark range of a gradebook, as the Final Mark Ranges article shows it (Gradebook Data).</summary>
public sealed class FinalMark
{
    /// <summary>Top of the range; informational only, except that 0 means the mark is not used.</summary>
    [JsonPropertyName("HighValue")]
    public decimal HighValue { get; init; }

    /// <summary>The threshold: a percentage at or above it earns the mark.</summary>
    [JsonPropertyName("LowValue")]
    public decimal LowValue { get; init; }

    /// <summary>The mark, e.g. "A+".</summary>
    [JsonPropertyName("Mark")]
    public string? Mark { get; init; }
}
