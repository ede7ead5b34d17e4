using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace IlluminatePerms.Client.Json;

/// <summary>
/// Reads a picture's <c>RawBinary</c>, "a serialized byte array": base64 text (how .NET serializes
/// byte[]) or an array of numbers (how some serializers write it).
/// </summary>
public sealed class FlexibleBytesConverter : JsonConverter<byte[]?>
{
    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override byte[]? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.String:
                return reader.GetBytesFromBase64();
            case JsonTokenType.StartArray:
                var bytes = new List<byte>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    bytes.Add(reader.GetByte());
                }

                return bytes.ToArray();
            default:
                throw new JsonException($"Expected base64 text or an array of bytes, found {reader.TokenType}.");
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, byte[]? value, JsonSerializerOptions options)
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteBase64StringValue(value);
        }
    }
}
