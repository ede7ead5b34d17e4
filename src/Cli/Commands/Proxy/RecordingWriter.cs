using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using IlluminatePerms.Cli.Output;
using IlluminatePerms.Contract;
using IlluminatePerms.MockAeries.Replay;

namespace IlluminatePerms.Cli.Commands.Proxy;

/// <summary>
/// Writes each exchange to its own JSON file in the recording directory (docs/recordings.md): written
/// whole or not at all (a temp file renamed), the certificate and other credentials removed, and
/// personal data replaced unless asked to keep it. The mock's <c>--replay</c> reads them back.
/// </summary>
internal sealed class RecordingWriter
{
    /// <summary>Exchanges one run records at most: a directory the mock can still read whole.</summary>
    public const int MaxExchanges = 10_000;

    /// <summary>What a removed certificate reads as.</summary>
    public const string Removed = "[certificate removed]";

    // Credentials of any kind are left out of recordings, not only Aeries' own.
    private static readonly HashSet<string> Credentials = new(StringComparer.OrdinalIgnoreCase) { Forwarder.CertificateHeader, "Authorization", "Cookie", "Set-Cookie" };

    private readonly string directory;
    private readonly PersonalData? personalData;
    private readonly string run = DateTimeOffset.UtcNow.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
    private int count;

    /// <summary>Records into <paramref name="directory"/>, created if missing.</summary>
    /// <exception cref="CliException">The directory cannot be made.</exception>
    public RecordingWriter(string directory, bool keepPersonalData)
    {
        if (File.Exists(directory))
        {
            throw new CliException($"--record {directory} is a file; give a directory's path.");
        }

        try
        {
            Directory.CreateDirectory(directory);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"--record: cannot create the directory {directory} ({exception.Message}).", exception);
        }

        this.directory = directory;
        personalData = keepPersonalData ? null : new PersonalData();
    }

    /// <summary>Writes one exchange; false (and nothing written) once <see cref="MaxExchanges"/> are recorded.</summary>
    /// <exception cref="CliException">The file cannot be written.</exception>
    public bool Record(ProxiedExchange exchange, ContractMatch? match)
    {
        if (count == MaxExchanges)
        {
            return false;
        }

        count++;
        var name = $"{run}-{count:D5}-{exchange.Method.ToLowerInvariant()}-{match?.Operation.Id ?? "unmatched"}.json";
        AtomicFile.Write(Path.Combine(directory, name), Scrub(Render(exchange, match), exchange.Certificates));
        return true;
    }

    private string Render(ProxiedExchange exchange, ContractMatch? match)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteString("format", RecordedExchange.Format);
            writer.WriteString("recorded", exchange.Started.ToString("O", CultureInfo.InvariantCulture));
            writer.WriteString("operation", match?.Operation.Id);
            writer.WriteString("personalData", personalData is null ? "kept" : "replaced");
            writer.WriteStartObject("request");
            writer.WriteString("method", exchange.Method);
            writer.WriteString("path", exchange.Path);
            writer.WriteString("query", exchange.Query);
            Headers(writer, exchange.RequestHeaders);
            Body(writer, exchange.RequestBody);
            writer.WriteEndObject();
            writer.WriteStartObject("answer");
            writer.WriteNumber("status", exchange.Status);
            Headers(writer, exchange.AnswerHeaders);
            if (exchange.AnswerBody is { } body)
            {
                Body(writer, body);
            }
            else if (exchange.AnswerLength > 0)
            {
                writer.WriteString("bodyOmitted", exchange.Trouble ?? "larger than the proxy keeps");
            }

            writer.WriteEndObject();
            writer.WriteString("trouble", exchange.Trouble);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void Headers(Utf8JsonWriter writer, IReadOnlyList<KeyValuePair<string, string>> headers)
    {
        writer.WriteStartArray("headers");
        foreach (var (name, value) in headers)
        {
            if (Credentials.Contains(name))
            {
                continue;
            }

            writer.WriteStartArray();
            writer.WriteStringValue(name);
            writer.WriteStringValue(value);
            writer.WriteEndArray();
        }

        writer.WriteEndArray();
    }

    /// <summary>
    /// A JSON body as JSON ("body"), personal values replaced unless kept. Other bodies are kept as text
    /// or base64 only with --keep-personal-data: where personal data sits in them cannot be told.
    /// </summary>
    private void Body(Utf8JsonWriter writer, byte[] body)
    {
        if (body.Length == 0)
        {
            return;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            writer.WritePropertyName("body");
            if (personalData is null)
            {
                document.RootElement.WriteTo(writer);
            }
            else
            {
                personalData.Write(writer, document.RootElement);
            }

            return;
        }
        catch (JsonException)
        {
            // Not JSON: below.
        }

        if (personalData is not null)
        {
            writer.WriteString("bodyOmitted", $"{body.Length} bytes that are not JSON: personal data in them cannot be found, so they are left out (--keep-personal-data keeps them)");
        }
        else if (new UTF8Encoding(false, throwOnInvalidBytes: true) is var utf8 && IsText(utf8, body, out var text))
        {
            writer.WriteString("bodyText", text);
        }
        else
        {
            writer.WriteBase64String("bodyBase64", body);
        }
    }

    private static bool IsText(Encoding utf8, byte[] body, out string text)
    {
        try
        {
            text = utf8.GetString(body);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = string.Empty;
            return false;
        }
    }

    /// <summary>The recording without any certificate the request carried, wherever the district echoed it.</summary>
    private static string Scrub(string text, IReadOnlyList<string> certificates)
    {
        foreach (var certificate in certificates)
        {
            var value = certificate.Trim();
            if (value.Length > 0)
            {
                // As written in JSON too: an echo inside a string is escaped there.
                text = text.Replace(JsonEncodedText.Encode(value).ToString(), Removed, StringComparison.OrdinalIgnoreCase)
                    .Replace(value, Removed, StringComparison.OrdinalIgnoreCase);
            }
        }

        return text;
    }
}
