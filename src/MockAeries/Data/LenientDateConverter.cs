using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace IlluminatePerms.MockAeries.Data;

/// <summary>
/// Reads the dates of request bodies the way the articles' examples write them: "2017-01-27",
/// "2017/02/17" or a full ISO 8601 time; writes ISO 8601 without a zone, as Aeries does.
/// </summary>
internal sealed class LenientDateConverter : JsonConverter<DateTime?>
{
    private static readonly string[] Formats = { "yyyy-MM-dd", "yyyy/MM/dd", "yyyy-MM-ddTHH:mm:ss", "yyyy/MM/dd HH:mm:ss", "M/d/yyyy" };

    public override DateTime? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        var text = reader.GetString();
        if (string.IsNullOrEmpty(text))
        {
            // The authorization example sends "EffectiveEndDate": "" for no date.
            return null;
        }

        if (DateTime.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            || DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out date))
        {
            return date;
        }

        throw new JsonException($"'{text}' is not a date.");
    }

    public override void Write(Utf8JsonWriter writer, DateTime? value, JsonSerializerOptions options)
    {
        if (value is { } date)
        {
            writer.WriteStringValue(date.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
