using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using IlluminatePerms.Contract;
using IlluminatePerms.Grants;

namespace IlluminatePerms.Spec;

/// <summary>
/// Reads a permission spec (CSV, see spec/README.md) into rows and located diagnostics.
/// The same parser runs in the source generator, the analyzers, the code fix and the mock server.
/// It never throws on bad input.
/// </summary>
#if BUILDING_SOURCE_GENERATOR
internal static class SpecParser
#else
public static class SpecParser
#endif
{
    private const string ProductNameKey = "Product Name:";
    private const string CommentKey = "Comment:";
    private const string DisciplineKey = "discipline";

    /// <summary>How to save a spec as UTF-8, for messages.</summary>
    internal const string SaveAsUtf8 = "In Excel use File > Save As > 'CSV UTF-8 (Comma delimited) (*.csv)'; in another editor save with the encoding UTF-8";

    private const char ReplacementCharacter = '\uFFFD';

    /// <summary>Parses the text of a spec.</summary>
    /// <param name="text">The spec's text.</param>
    /// <param name="cancellationToken">Stops the work between rows; the only way this method throws.</param>
    public static PermissionSpec Parse(string text, CancellationToken cancellationToken = default)
    {
        var document = CsvReader.Read(text ?? string.Empty);
        var diagnostics = new List<SpecDiagnostic>();
        foreach (var problem in document.Problems)
        {
            diagnostics.Add(Error(SpecDiagnosticIds.MalformedCsv, problem.Message, problem.Span));
        }

        ReportUndecodedText(text ?? string.Empty, diagnostics);

        var rows = new List<SpecRow>();
        SpecColumns? columns = null;
        if (document.Records.Count == 0)
        {
            diagnostics.Add(Warning(
                SpecDiagnosticIds.EmptySpec,
                $"The permission spec is empty: add the header '{SpecColumns.CanonicalHeader}' and one row per Aeries area",
                new SourceSpan(0, 0, 1, 1, 1, 1)));
        }
        else
        {
            columns = ReadRows(document.Records, rows, diagnostics, cancellationToken);
        }

        return new PermissionSpec(
            FindMetadata(document, ProductNameKey),
            FindMetadata(document, CommentKey),
            columns,
            rows,
            diagnostics.OrderBy(d => d.Span.Offset).ToList());
    }

    private static SpecColumns? ReadRows(IReadOnlyList<CsvRecord> records, List<SpecRow> rows, List<SpecDiagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var header = records[0];
        var columns = SpecColumns.TryRead(header);
        if (columns is null)
        {
            ReportUnreadableHeader(header, diagnostics);
            return null;
        }

        if (records.Count == 1)
        {
            diagnostics.Add(Warning(
                SpecDiagnosticIds.EmptySpec,
                "The permission spec has a header but no rows: add one row per Aeries area the product needs",
                header.Span));
            return columns;
        }

        var firstRowOfArea = new Dictionary<AeriesArea, SpecRow>();
        for (var i = 1; i < records.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (IsEmptyRow(records[i]))
            {
                // Excel saves a blank row of a sheet as ",,,": a blank line, not a row with errors.
                continue;
            }

            var row = ReadRow(records[i], columns, firstRowOfArea, diagnostics);
            if (row is not null)
            {
                firstRowOfArea.Add(row.Area, row);
                rows.Add(row);
            }
        }

        return columns;
    }

    private static SpecRow? ReadRow(CsvRecord record, SpecColumns columns, Dictionary<AeriesArea, SpecRow> firstRowOfArea, List<SpecDiagnostic> diagnostics)
    {
        if (record.Fields.Count > columns.Count)
        {
            diagnostics.Add(Error(
                SpecDiagnosticIds.WrongColumnCount,
                $"This row has {record.Fields.Count} fields but the header has {columns.Count}: put a field that contains a comma in quotes (\"Read, Update\")",
                record.Span));
            return null;
        }

        if (record.Fields.Count < columns.Count)
        {
            diagnostics.Add(Error(
                SpecDiagnosticIds.WrongColumnCount,
                $"This row has {record.Fields.Count} field{(record.Fields.Count == 1 ? string.Empty : "s")} but the header has {columns.Count}: add the missing field{(columns.Count - record.Fields.Count == 1 ? string.Empty : "s")} (an empty field still needs its comma)",
                record.Span));
            return null;
        }

        var areaField = record.Fields[columns.Area];
        var accessField = record.Fields[columns.Access];
        var area = ReadArea(areaField, diagnostics);
        if (area is not null && firstRowOfArea.TryGetValue(area, out var first))
        {
            diagnostics.Add(Error(
                SpecDiagnosticIds.DuplicateArea,
                $"'{area.Name}' is already on line {first.Line}: put all of its access levels on that row",
                areaField.Span));
            area = null;
        }

        var access = ReadAccess(accessField, diagnostics);
        if (area is null || access == AeriesAccess.None)
        {
            return null;
        }

        var unsupported = access & ~AeriesContract.AccessUsedOn(area);
        if (unsupported != AeriesAccess.None)
        {
            diagnostics.Add(Warning(
                SpecDiagnosticIds.UnsupportedAccess,
                $"No known Aeries endpoint uses '{AccessText.Format(unsupported)}' on '{area.Name}' (known: {AccessText.Format(AeriesContract.AccessUsedOn(area))}): ask for less, or keep it if the product really needs it",
                accessField.Span));
        }

        var reason = record.Fields[columns.Reason].Value.Trim();
        if (reason.Length == 0)
        {
            diagnostics.Add(Warning(
                SpecDiagnosticIds.MissingReason,
                $"'{area.Name}' has no reason: say why the product needs it, so that a district admin can judge the request",
                record.Fields[columns.Reason].Span));
        }
        else if (PlaceholderReason.Is(reason))
        {
            diagnostics.Add(Warning(
                SpecDiagnosticIds.PlaceholderReason,
                $"The reason of '{area.Name}' is a placeholder (it starts with '{PlaceholderReason.Marker}'): rewrite it to say why the product needs the grant before the checklist reaches a district",
                record.Fields[columns.Reason].Span));
        }

        var group = columns.Group < 0 ? string.Empty : record.Fields[columns.Group].Value.Trim();
        if (group.Length > 0 && AreaCatalog.Normalize(group) != AreaCatalog.Normalize(area.Group))
        {
            diagnostics.Add(Warning(
                SpecDiagnosticIds.GroupMismatch,
                $"Aeries shows '{area.Name}' under '{area.Group}', not '{group}'",
                record.Fields[columns.Group].Span));
        }

        var featureField = columns.Feature < 0 ? null : record.Fields[columns.Feature];
        var features = featureField is null ? Array.Empty<string>() : SpecFeature.Split(featureField.Value);
        return new SpecRow(area, access, group, reason, features, record, areaField, accessField, featureField);
    }

    private static AeriesArea? ReadArea(CsvField field, List<SpecDiagnostic> diagnostics)
    {
        var name = field.Value.Trim();
        if (name.Length == 0)
        {
            diagnostics.Add(Error(SpecDiagnosticIds.UnknownArea, "The row names no area", field.Span));
            return null;
        }

        if (AreaCatalog.TryFind(name, out var area))
        {
            if (AreaCatalog.Normalize(name) == DisciplineKey)
            {
                // Until the endpoint articles showed schools/{SchoolCode}/Discipline, "Discipline" named Assertive Discipline.
                diagnostics.Add(Warning(
                    SpecDiagnosticIds.ChangedAreaMeaning,
                    "'Discipline' is its own Aeries area (the Discipline endpoint), no longer another name for 'Assertive Discipline': write 'Assertive Discipline' if that is what the product reads",
                    field.Span));
            }

            return area;
        }

        var closest = AreaCatalog.FindClosest(name);
        var shown = Shorten(name);
        diagnostics.Add(Error(
            SpecDiagnosticIds.UnknownArea,
            closest is null
                ? $"'{shown}' is not an Aeries API Security area"
                : $"'{shown}' is not an Aeries API Security area; did you mean '{closest.Name}'?",
            field.Span));
        return null;
    }

    private static AeriesAccess ReadAccess(CsvField field, List<SpecDiagnostic> diagnostics)
    {
        if (field.Value.Trim().Length == 0)
        {
            diagnostics.Add(Error(SpecDiagnosticIds.UnknownAccess, "The row gives no access level: write Read, Update, Insert or Delete", field.Span));
            return AeriesAccess.None;
        }

        if (!AccessText.TryParse(field.Value, out var access, out var unknown))
        {
            var closest = ClosestLevel(unknown ?? string.Empty);
            diagnostics.Add(Error(
                SpecDiagnosticIds.UnknownAccess,
                closest is null
                    ? $"'{Shorten(unknown ?? string.Empty)}' is not an access level: write Read, Update, Insert or Delete, separated by commas"
                    : $"'{Shorten(unknown ?? string.Empty)}' is not an access level; did you mean '{closest}'?",
                field.Span));
            return AeriesAccess.None;
        }

        return access;
    }

    private static void ReportUnreadableHeader(CsvRecord header, List<SpecDiagnostic> diagnostics)
    {
        if (FindSeparator(header) is { } separator)
        {
            diagnostics.Add(Error(
                SpecDiagnosticIds.WrongSeparator,
                $"The fields are separated by {separator} (Excel does this in some locales), but the spec uses commas: {SaveAsUtf8}, or replace each separator by a comma",
                header.Span));
            return;
        }

        var problems = SpecColumns.DiagnoseHeader(header);
        if (problems.Count == 0)
        {
            diagnostics.Add(Error(
                SpecDiagnosticIds.MissingHeader,
                $"The first row must be a header naming the columns, such as '{SpecColumns.CanonicalHeader}'",
                header.Span));
        }

        foreach (var (message, span) in problems)
        {
            diagnostics.Add(Error(SpecDiagnosticIds.MissingHeader, message, span));
        }
    }

    // A header written with another separator reads as one or two fields that hold that separator.
    private static string? FindSeparator(CsvRecord header)
    {
        if (header.Fields.Count > 2)
        {
            return null;
        }

        var text = string.Concat(header.Fields.Select(field => field.Value));
        return text.IndexOf(';') >= 0 ? "';'" : text.IndexOf('\t') >= 0 ? "tabs" : null;
    }

    private static bool IsEmptyRow(CsvRecord record) => record.Fields.All(field => !field.IsQuoted && field.Value.Trim().Length == 0);

    // The compiler and File.ReadAllText decode bytes that are not UTF-8 as U+FFFD: Excel's
    // "CSV (Comma delimited)" writes é as one byte of the Windows code page, which UTF-8 cannot read.
    private static void ReportUndecodedText(string text, List<SpecDiagnostic> diagnostics)
    {
        var index = text.IndexOf(ReplacementCharacter);
        if (index < 0)
        {
            return;
        }

        // i + 1 <= index, so a CR before the character always has a next character to look at.
        int line = 1, column = 1;
        for (var i = 0; i < index; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && text[i + 1] != '\n'))
            {
                line++;
                column = 1;
            }
            else if (text[i] != '\r')
            {
                column++;
            }
        }

        diagnostics.Add(Error(
            SpecDiagnosticIds.NotUtf8,
            $"The permission spec is not UTF-8: a character here (an accented letter such as 'é'?) could not be read and would reach the district as '\uFFFD'. {SaveAsUtf8}",
            new SourceSpan(index, 1, line, column, line, column + 1)));
    }

    // A typo of a level ("Raed", "updte"): at most two letters differ.
    private static string? ClosestLevel(string text)
    {
        var trimmed = text.Trim();
        string? best = null;
        var bestDistance = 3;
        foreach (var level in AccessText.Levels)
        {
            var distance = EditDistance.Between(trimmed.ToLowerInvariant(), level.ToString().ToLowerInvariant());
            if (trimmed.Length > 0 && distance < bestDistance)
            {
                best = level.ToString();
                bestDistance = distance;
            }
        }

        return best;
    }

    private static string? FindMetadata(CsvDocument document, string key)
    {
        foreach (var comment in document.Comments)
        {
            if (comment.Text.StartsWith(key, StringComparison.OrdinalIgnoreCase))
            {
                var value = comment.Text.Substring(key.Length).Trim();
                return value.Length == 0 ? null : value;
            }
        }

        return null;
    }

    // A mangled field can be megabytes long; messages quote only its start.
    private static string Shorten(string text) => text.Length <= 80 ? text : text.Substring(0, 77) + "...";

    private static SpecDiagnostic Error(string id, string message, SourceSpan span) => new(id, SpecSeverity.Error, message, span);

    private static SpecDiagnostic Warning(string id, string message, SourceSpan span) => new(id, SpecSeverity.Warning, message, span);
}
