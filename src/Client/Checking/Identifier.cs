using System.Globalization;
using System.Text.Json;

namespace IlluminatePerms.Checking;

/// <summary>A placeholder value for probes, or why there is none.</summary>
internal sealed record Identifier(string Name, string? Value, string Source, Checking.Report.GrantVerdict? Failure = null, string? FailureReason = null)
{
    public static Identifier Found(string name, string value, string source) => new(name, value, source);

    public static Identifier Blocked(string name, string reason) => new(name, null, string.Empty, Report.GrantVerdict.Blocked, reason);

    public static Identifier Failed(string name, string reason) => new(name, null, string.Empty, Report.GrantVerdict.Error, reason);

    /// <summary>A field of a record as text: Aeries writes identifiers as numbers or strings.</summary>
    public static string? Read(JsonElement? record, string field)
    {
        if (record is not { ValueKind: JsonValueKind.Object } value || !value.TryGetProperty(field, out var property))
        {
            return null;
        }

        var text = property.ValueKind switch
        {
            JsonValueKind.String => property.GetString(),
            JsonValueKind.Number => property.TryGetInt64(out var number) ? number.ToString(CultureInfo.InvariantCulture) : property.GetRawText(),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(text) || text == "0" ? null : text.Trim();
    }
}
