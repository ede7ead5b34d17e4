using System;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace IlluminatePerms.Cli.Commands.Proxy;

/// <summary>
/// Replaces personal data in a recorded JSON body: the values of fields whose names say they hold a
/// name, a birth date or place, an address, a phone number or an email address. Each value becomes
/// one of the same shape (letters for letters, digits for digits, a date for a date), derived with
/// HMAC-SHA256 under a random key made for this run and never written: the same value gets the same
/// replacement throughout a run, and no one can find the original by trying names against it.
/// </summary>
internal sealed partial class PersonalData
{
    private readonly byte[] key = RandomNumberGenerator.GetBytes(32);

    /// <summary>Whether a field of this name holds personal data. Any name containing "Name" counts, but for the few that name things, not people.</summary>
    public static bool IsPersonal(string field)
        => PersonalField().IsMatch(field) && !NotAPerson().IsMatch(field);

    /// <summary>Writes <paramref name="element"/> with its personal values replaced.</summary>
    public void Write(Utf8JsonWriter writer, JsonElement element) => Write(writer, element, personal: false);

    private void Write(Utf8JsonWriter writer, JsonElement element, bool personal)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in element.EnumerateObject())
                {
                    writer.WritePropertyName(property.Name);
                    Write(writer, property.Value, IsPersonal(property.Name));
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                {
                    Write(writer, item, personal);
                }

                writer.WriteEndArray();
                break;
            case JsonValueKind.String when personal:
                writer.WriteStringValue(Replace(element.GetString()!));
                break;
            case JsonValueKind.Number when personal:
                writer.WriteRawValue(Replace(element.GetRawText()).TrimStart('0') is { Length: > 0 } digits && digits[0] != '.' ? digits : "1");
                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }

    /// <summary>The replacement of <paramref name="value"/>: same shape, same for the same value within this run.</summary>
    internal string Replace(string value)
    {
        if (value.Length == 0)
        {
            return value;
        }

        var stream = Stream(value, value.Length + 8);
        if (IsoDate().Match(value) is { Success: true } date)
        {
            // A date stays a date the client can read: 1990-2019, days 1-28.
            var replaced = string.Create(CultureInfo.InvariantCulture, $"{1990 + (stream[0] % 30):D4}-{1 + (stream[1] % 12):D2}-{1 + (stream[2] % 28):D2}");
            return replaced + value[date.Length..];
        }

        var text = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var b = stream[i + 8];
            text.Append(char.IsAsciiLetterUpper(c) ? (char)('A' + (b % 26))
                : char.IsAsciiLetterLower(c) ? (char)('a' + (b % 26))
                : char.IsAsciiDigit(c) ? (char)('0' + (b % 10))
                : char.IsLetter(c) ? (char)('a' + (b % 26))
                : c);
        }

        return text.ToString();
    }

    /// <summary>At least <paramref name="length"/> bytes keyed on <paramref name="value"/>.</summary>
    private byte[] Stream(string value, int length)
    {
        var bytes = new byte[(length + 31) / 32 * 32];
        var input = Encoding.UTF8.GetBytes(value);
        for (var block = 0; block * 32 < bytes.Length; block++)
        {
            var counted = new byte[input.Length + 4];
            BitConverter.TryWriteBytes(counted.AsSpan(0, 4), block);
            input.CopyTo(counted, 4);
            HMACSHA256.HashData(key, counted).CopyTo(bytes, block * 32);
        }

        return bytes;
    }

    [GeneratedRegex("Name|Birth|Address|Phone|Email|Mail", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PersonalField();

    [GeneratedRegex("^(SchoolName|ShortName|TestName|SchoolTakenName|LocalTimeZoneName|TimeZoneName|CourseName|AreaName|TableName|FieldName|MailTagCode)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotAPerson();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();
}
