using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using IlluminatePerms.Checking;
using IlluminatePerms.Cli.Checking;
using IlluminatePerms.Cli.Files;
using IlluminatePerms.Connection;
using IlluminatePerms.Spec;

namespace IlluminatePerms.Cli.Commands.Inventory;

/// <summary>A district of an inventory: its name, base URL, and where its certificate comes from (never the certificate).</summary>
/// <param name="Name">The district's name, as the vendor calls it.</param>
/// <param name="BaseUrl">Its base URL, as pasted.</param>
/// <param name="CertificateSource">"env:VARIABLE" or "file:PATH".</param>
/// <param name="Where">Where its row is in the inventory ("line 3", "entry 2"): messages about a row name this, not its cells.</param>
/// <param name="ScoreWriteText">Its optional score to prove Gradebook Scores: Update on, as written (<see cref="ScoreWriteProofText.Shape"/>); empty when none.</param>
internal sealed record InventoryDistrict(string Name, string BaseUrl, string CertificateSource, string Where, string ScoreWriteText = "")
{
    /// <summary>The score to write back unchanged, when the row names one; null when it names none or one that is malformed (see <see cref="InventoryFile.Read"/>).</summary>
    public ScoreWriteProof? ProveScoreWrite => ScoreWriteProofText.TryParse(ScoreWriteText, out var proof, out _) ? proof : null;
}

/// <summary>
/// Reads an inventory: a CSV with the header <c>name,base_url,certificate</c>, or a JSON array of
/// <c>{"name", "baseUrl", "certificate"}</c>; <c>certificate</c> is <c>env:VARIABLE</c> or <c>file:PATH</c>.
/// An optional column <c>prove_score_write</c> (JSON <c>proveScoreWrite</c>) names a district's score
/// to prove Gradebook Scores: Update on, as <c>--prove-score-write</c> does for one district.
/// </summary>
internal static class InventoryFile
{
    /// <summary>The CSV column naming a district's score to prove the write on.</summary>
    public const string ScoreWriteColumn = "prove_score_write";

    /// <summary>The districts of the file.</summary>
    /// <exception cref="CliException">Missing file, wrong shape, duplicate names, or a certificate given inline.</exception>
    public static IReadOnlyList<InventoryDistrict> Read(string path)
    {
        var text = CappedFile.ReadText(path, "inventory", CappedFile.InventoryCap, string.Empty);
        var districts = text.TrimStart().StartsWith('[') ? FromJson(text, path) : FromCsv(text, path);
        if (districts.Count == 0)
        {
            throw new CliException($"the inventory {path} lists no district.");
        }

        // Each message names the row by its place, never by a cell: any cell may hold a certificate pasted in the wrong column.
        var problems = districts.Select(d => RowProblem(d) is { } problem ? $"{d.Where}: {problem}" : null).OfType<string>().ToList();
        if (problems.Count > 0)
        {
            throw new CliException($"the inventory {path} has {problems.Count} row(s) that cannot be used (cells are not shown: they may hold a certificate):\n" + CappedList.Join(problems, "  "));
        }

        var duplicate = districts.GroupBy(d => d.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new CliException($"the inventory {path} lists '{duplicate.Key}' twice ({string.Join(", ", duplicate.Select(d => d.Where))}): each district needs its own name (it names its report).");
        }

        return districts;
    }

    /// <summary>Reads a district's certificate from its source.</summary>
    /// <exception cref="CliException">The variable is unset or the file missing, or the value is not a certificate.</exception>
    public static AeriesCertificate Certificate(InventoryDistrict district, CliEnvironment environment, string inventoryDirectory)
    {
        var source = district.CertificateSource;
        string? text = source.StartsWith("env:", StringComparison.Ordinal)
            ? environment.GetVariable(source[4..])
            : FileKinds.Of(Path.GetFullPath(source[5..], inventoryDirectory)) == FileKind.Missing ? null
            : CappedFile.ReadText(Path.GetFullPath(source[5..], inventoryDirectory), "certificate file", CappedFile.CertificateCap, string.Empty);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new CliException($"no certificate at {source}.");
        }

        try
        {
            return AeriesCertificate.Parse(text);
        }
        catch (FormatException exception)
        {
            throw new CliException($"the certificate at {source} is not usable: {exception.Message}", exception);
        }
    }

    /// <summary>Why a row cannot be used, in words that quote none of its cells; null when it can.</summary>
    private static string? RowProblem(InventoryDistrict district)
    {
        if (district.Name.Length == 0)
        {
            return "the name is empty: each district needs one (it names its report).";
        }

        if (district.Name.Any(char.IsControl))
        {
            return "the name holds a line break or another control character.";
        }

        if (CertificateShape.AppearsIn(district.Name))
        {
            return "the name holds a long run of hexadecimal digits, the shape of a certificate: an inventory names where a certificate is, never the certificate.";
        }

        if (!district.CertificateSource.StartsWith("env:", StringComparison.Ordinal) && !district.CertificateSource.StartsWith("file:", StringComparison.Ordinal))
        {
            return "the certificate column is neither env:VARIABLE nor file:PATH. An inventory names where a certificate is, never the certificate.";
        }

        if (CertificateShape.AppearsIn(district.CertificateSource))
        {
            return "the certificate column holds a long run of hexadecimal digits, the shape of a certificate: give env:VARIABLE or file:PATH, where the certificate is.";
        }

        if (district.ScoreWriteText.Length > 0 && district.ProveScoreWrite is null)
        {
            return $"the {ScoreWriteColumn} column (proveScoreWrite in JSON) is not {ScoreWriteProofText.Expected}; leave it empty to write nothing.";
        }

        return null;
    }

    private static List<InventoryDistrict> FromCsv(string text, string path)
    {
        var document = CsvReader.Read(text);
        if (document.Problems.Count > 0)
        {
            // A quote that never closes swallows the rows after it into one cell: none of it is shown.
            var places = document.Problems.Select(p => $"line {p.Span.Line}, column {p.Span.Column}: {p.Message}").ToList();
            throw new CliException($"the inventory {path} is not valid CSV (cells are not shown: they may hold a certificate):\n" + CappedList.Join(places, "  "));
        }

        // The reader skips blank lines: the first record is the header.
        var records = document.Records;
        var header = records.FirstOrDefault()?.Fields.Select(f => f.Value.Trim().ToLowerInvariant()).ToList();
        int Column(string name) => header?.IndexOf(name) ?? -1;
        var (name, url, certificate) = (Column("name"), Column("base_url"), Column("certificate"));
        if (name < 0 || url < 0 || certificate < 0)
        {
            // Excel in some locales saves ';' or tabs: the one header field then holds every column name.
            var separator = header is [var only] ? new[] { ';', '\t' }.FirstOrDefault(c => only.Contains(c)) : default;
            throw new CliException(separator == default
                ? $"the inventory {path} needs the header name,base_url,certificate (or a JSON array)."
                : $"the inventory {path} separates its fields with {(separator == ';' ? "';'" : "tabs")}, but it takes commas: save it as CSV with commas (in Excel: CSV UTF-8 (Comma delimited)), header name,base_url,certificate.");
        }

        var scoreWrite = Column(ScoreWriteColumn);
        return records.Skip(1).Select(r => new InventoryDistrict(Field(r, name), Field(r, url), Field(r, certificate), $"line {r.Span.Line}", scoreWrite < 0 ? string.Empty : Field(r, scoreWrite))).ToList();
    }

    private static string Field(CsvRecord record, int index) => index < record.Fields.Count ? record.Fields[index].Value.Trim() : string.Empty;

    private static List<InventoryDistrict> FromJson(string text, string path)
    {
        try
        {
            var rows = JsonSerializer.Deserialize<List<JsonDistrict>>(text, new JsonSerializerOptions(JsonSerializerDefaults.Web)) ?? [];
            return rows.Select((r, index) => new InventoryDistrict(r.Name ?? string.Empty, r.BaseUrl ?? string.Empty, r.Certificate ?? string.Empty, $"entry {index + 1}", r.ProveScoreWrite?.Trim() ?? string.Empty)).ToList();
        }
        catch (JsonException exception)
        {
            throw new CliException($"the inventory {path} is not a JSON array of {{\"name\", \"baseUrl\", \"certificate\"}}: {exception.Message}", exception);
        }
    }

    private sealed record JsonDistrict(string? Name, string? BaseUrl, string? Certificate, string? ProveScoreWrite);
}
