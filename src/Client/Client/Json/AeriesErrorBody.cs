using System.Text.Json.Serialization;

namespace IlluminatePerms.Client.Json;

/// <summary>The body Aeries sends with a status of 400 or more: <c>{"Message": "..."}</c>.</summary>
public sealed class AeriesErrorBody
{
    /// <summary>Aeries' message.</summary>
    [JsonPropertyName("Message")]
    public string? Message { get; init; }
}
