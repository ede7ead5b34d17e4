using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace IlluminatePerms.MockAeries.Data;

/// <summary>
/// Reads the dates of request bodies the way the articles' examples write them: "2017-01-27",
/// "2017/02/17", "2/17/2017" or a full ISO 8601 time (the invariant culture's parser reads them all);
/// writes ISO 8601 without a zone, as Aeries does.
/// </summary>
internal sealed class LenientDateConverter : JsonConverter<DateTime?>
{
    public override DateTime? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        // The serializer reads a JSON null itself; the authorization example sends "EffectiveEndDate": "" for no date.
        var text = reader.GetString();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var date))
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
            // Not reached through the serializer, which writes a null itself; kept for a direct call.
            writer.WriteNullValue();
        }
    }
}
