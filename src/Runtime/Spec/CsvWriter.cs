using System.Collections.Generic;
using System.Linq;

namespace IlluminatePerms.Spec;

/// <summary>Writes CSV fields and records that <see cref="CsvReader"/> reads back unchanged.</summary>
internal static class CsvWriter
{
    /// <summary>
    /// The field as CSV: quoted (with quotes doubled) when it holds a comma, a quote, a line break or
    /// surrounding spaces, or when <paramref name="forceQuotes"/> is set; as it is otherwise.
    /// </summary>
    public static string Field(string value, bool forceQuotes = false)
    {
        var needsQuotes = forceQuotes
            || value.IndexOfAny(new[] { ',', '"', '\n', '\r' }) >= 0
            || (value.Length > 0 && (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[value.Length - 1])))
            || value.StartsWith("#", System.StringComparison.Ordinal);
        return needsQuotes ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }

    /// <summary>The fields joined by commas, each written by <see cref="Field"/>.</summary>
    public static string Record(IEnumerable<string> fields) => string.Join(",", fields.Select(field => Field(field)));
}
