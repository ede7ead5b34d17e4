using System.Collections.Generic;
using System.Text;

namespace IlluminatePerms.Spec;

/// <summary>
/// An RFC 4180 reader that keeps the position of every field. Beyond the RFC it tolerates a BOM,
/// LF or CR line ends, blank lines and '#' comment lines (a '#' first on a line that starts a record).
/// It never throws on bad input: problems are returned with their location.
/// </summary>
/// <remarks>
/// Hand-written rather than a CSV package because it is compiled into the source generator,
/// which cannot easily carry dependencies, and because diagnostics need exact field positions.
/// </remarks>
internal static class CsvReader
{
    private const char Quote = '"';
    private const char Comma = ',';

    /// <summary>Reads <paramref name="text"/> into records, comments and problems.</summary>
    public static CsvDocument Read(string text)
    {
        var scanner = new Scanner(text ?? string.Empty);
        var records = new List<CsvRecord>();
        var comments = new List<CsvComment>();
        var problems = new List<CsvProblem>();
        scanner.SkipByteOrderMark();

        while (!scanner.AtEnd)
        {
            if (scanner.Current == '#')
            {
                comments.Add(ReadComment(scanner));
            }
            else if (scanner.RestOfLineIsBlank())
            {
                scanner.SkipLine();
            }
            else
            {
                records.Add(ReadRecord(scanner, problems));
            }
        }

        return new CsvDocument(records, comments, problems);
    }

    private static CsvComment ReadComment(Scanner scanner)
    {
        var start = scanner.Mark();
        var text = new StringBuilder();
        scanner.Advance();
        while (!scanner.AtEnd && !scanner.AtLineBreak)
        {
            text.Append(scanner.Current);
            scanner.Advance();
        }

        var span = scanner.SpanFrom(start);
        scanner.SkipLineBreak();
        return new CsvComment(text.ToString().Trim(), span);
    }

    private static CsvRecord ReadRecord(Scanner scanner, List<CsvProblem> problems)
    {
        var start = scanner.Mark();
        var fields = new List<CsvField>();
        while (true)
        {
            if (scanner.SpacesBeforeQuote() is var spaces and > 0)
            {
                // Read on as the author meant (a quoted field), after saying what to remove.
                scanner.Skip(spaces);
                problems.Add(new CsvProblem(
                    "A space before the opening quote: remove it, so that the field starts with the quote (a comma, then \"...\")",
                    scanner.SpanOfCurrent()));
            }

            fields.Add(!scanner.AtEnd && scanner.Current == Quote ? ReadQuotedField(scanner, problems) : ReadPlainField(scanner, problems));
            if (!scanner.AtEnd && scanner.Current == Comma)
            {
                scanner.Advance();
                continue;
            }

            break;
        }

        var span = scanner.SpanFrom(start);
        scanner.SkipLineBreak();
        return new CsvRecord(fields, span);
    }

    private static CsvField ReadPlainField(Scanner scanner, List<CsvProblem> problems)
    {
        var start = scanner.Mark();
        var value = new StringBuilder();
        var reported = false;
        while (!scanner.AtEnd && scanner.Current != Comma && !scanner.AtLineBreak)
        {
            // One problem per field: the fix (quote the field) is the same for every stray quote in it.
            if (scanner.Current == Quote && !reported)
            {
                reported = true;
                problems.Add(new CsvProblem(
                    "A quote inside an unquoted field: put the whole field in quotes and double the quote (\"\")",
                    scanner.SpanOfCurrent()));
            }

            value.Append(scanner.Current);
            scanner.Advance();
        }

        return new CsvField(value.ToString(), scanner.SpanFrom(start), quoted: false);
    }

    private static CsvField ReadQuotedField(Scanner scanner, List<CsvProblem> problems)
    {
        var start = scanner.Mark();
        var openingQuote = scanner.SpanOfCurrent();
        scanner.Advance();
        var value = new StringBuilder();
        var closed = false;
        while (!scanner.AtEnd)
        {
            if (scanner.Current == Quote)
            {
                if (scanner.Next == Quote)
                {
                    value.Append(Quote);
                    scanner.Advance();
                    scanner.Advance();
                    continue;
                }

                scanner.Advance();
                closed = true;
                break;
            }

            // Line breaks inside quotes read as "\n" whatever the file uses, so that a checkout
            // with CRLF and one with LF give the same values.
            value.Append(scanner.AtLineBreak ? '\n' : scanner.Current);
            scanner.Advance();
        }

        if (!closed)
        {
            problems.Add(new CsvProblem("Unterminated quoted field: the quote opened here is never closed", openingQuote));
        }
        else if (!scanner.AtEnd && scanner.Current != Comma && !scanner.AtLineBreak)
        {
            problems.Add(new CsvProblem(
                "Text after a closing quote: a quoted field must end at a comma or the end of the line",
                scanner.SpanOfCurrent()));

            // Keep the stray text so that the rest of the line is still read as fields.
            while (!scanner.AtEnd && scanner.Current != Comma && !scanner.AtLineBreak)
            {
                value.Append(scanner.Current);
                scanner.Advance();
            }
        }

        return new CsvField(value.ToString(), scanner.SpanFrom(start), quoted: true);
    }

    /// <summary>A cursor over the text that keeps line and column.</summary>
    private sealed class Scanner
    {
        private readonly string text;
        private int position;
        private int line = 1;
        private int column = 1;

        public Scanner(string text) => this.text = text;

        public bool AtEnd => position >= text.Length;

        public char Current => text[position];

        public char Next => position + 1 < text.Length ? text[position + 1] : '\0';

        public bool AtLineBreak => !AtEnd && (text[position] == '\n' || text[position] == '\r');

        public (int Position, int Line, int Column) Mark() => (position, line, column);

        public SourceSpan SpanFrom((int Position, int Line, int Column) start)
            => new(start.Position, position - start.Position, start.Line, start.Column, line, column);

        public SourceSpan SpanOfCurrent() => new(position, 1, line, column, line, column + 1);

        /// <summary>How many spaces or tabs stand between here and a quote on this line; 0 when no quote follows them.</summary>
        public int SpacesBeforeQuote()
        {
            var i = position;
            while (i < text.Length && (text[i] == ' ' || text[i] == '\t'))
            {
                i++;
            }

            return i > position && i < text.Length && text[i] == Quote ? i - position : 0;
        }

        public void Skip(int count)
        {
            position += count;
            column += count;
        }

        public void SkipByteOrderMark()
        {
            if (!AtEnd && Current == '\uFEFF')
            {
                position++;
            }
        }

        public void Advance()
        {
            if (AtLineBreak)
            {
                SkipLineBreak();
                return;
            }

            position++;
            column++;
        }

        public void SkipLineBreak()
        {
            if (!AtLineBreak)
            {
                return;
            }

            if (text[position] == '\r' && position + 1 < text.Length && text[position + 1] == '\n')
            {
                position++;
            }

            position++;
            line++;
            column = 1;
        }

        public bool RestOfLineIsBlank()
        {
            for (var i = position; i < text.Length && text[i] != '\n' && text[i] != '\r'; i++)
            {
                if (!char.IsWhiteSpace(text[i]))
                {
                    return false;
                }
            }

            return true;
        }

        public void SkipLine()
        {
            while (!AtEnd && !AtLineBreak)
            {
                Advance();
            }

            SkipLineBreak();
        }
    }
}
