using System.Collections.Generic;
using System.Linq;
using IlluminatePerms.Contract;

namespace IlluminatePerms.ClientGenerator;

/// <summary>
/// A client method's C# parameters, the path it documents and the <c>Values(...)</c> it sends, from
/// its row's path: each placeholder an <c>int</c> named after it unless the row says otherwise; the
/// five placeholders of a "changes since" path one <c>DateTime since</c>, the three of a day one <c>DateOnly date</c>.
/// </summary>
internal sealed class ClientMethodShape
{
    private static readonly string[] SinceParts = { "year", "month", "day", "hour", "minute" };
    private static readonly string[] DayParts = { "year", "month", "day" };

    private ClientMethodShape(IReadOnlyList<(string Declaration, string Name, string Doc)> parameters, string path, string values)
    {
        Parameters = parameters;
        Path = path;
        Values = values;
    }

    /// <summary>The parameters before the cancellation token (the body of a write last): declaration (<c>int? studentId = null</c>), name and documentation.</summary>
    public IReadOnlyList<(string Declaration, string Name, string Doc)> Parameters { get; }

    /// <summary>The path as this method calls it: a placeholder it always sends loses its <c>?</c>, one it never sends its segment.</summary>
    public string Path { get; }

    /// <summary>The expression of the placeholder values (the body is not one), e.g. <c>Values(("SchoolCode", schoolCode))</c>.</summary>
    public string Values { get; }

    public static ClientMethodShape Of(AeriesOperation operation, ClientMethod method)
    {
        var parameters = new List<(string, string, string)>();
        var pairs = new List<string>();
        var segments = new List<string>();
        var since = operation.Parameters.Contains("minute");
        var day = !since && operation.Parameters.Contains("day");
        // A date group's parameter takes the name and documentation the row gives its first placeholder.
        var dateGroup = method.Parameters.FirstOrDefault(parameter => parameter.Placeholder == "year");
        var dateName = dateGroup?.Name ?? (since ? "since" : "date");
        foreach (var segment in operation.PathTemplate.Split('/'))
        {
            if (!AeriesOperation.TryReadPlaceholder(segment, out var placeholder, out var optional))
            {
                segments.Add(segment);
                continue;
            }

            var given = method.Parameters.FirstOrDefault(parameter => parameter.Placeholder == placeholder);
            if (given is { Omitted: true })
            {
                continue;
            }

            if ((since && SinceParts.Contains(placeholder)) || (day && DayParts.Contains(placeholder)))
            {
                segments.Add(segment);
                if (placeholder == "year")
                {
                    parameters.Add(since
                        ? ($"DateTime {dateName}", dateName, dateGroup?.Doc ?? "Changes after this local time of the district (to the minute).")
                        : ($"DateOnly {dateName}", dateName, dateGroup?.Doc ?? "The date."));
                }

                if (day)
                {
                    pairs.Add($"(\"{placeholder}\", {dateName}.{char.ToUpperInvariant(placeholder[0])}{placeholder.Substring(1)})");
                }

                continue;
            }

            var mayLeaveOut = optional && given is not { Required: true };
            segments.Add(optional && !mayLeaveOut ? $"{{{placeholder}}}" : segment);
            var type = given?.Type ?? "int";
            var name = given?.Name ?? Camel(placeholder);
            var doc = given?.Doc ?? $"The {placeholder}{(mayLeaveOut ? " (omitted: all)" : string.Empty)}.";
            parameters.Add((mayLeaveOut ? $"{type}? {name} = null" : $"{type} {name}", name, doc));
            pairs.Add($"(\"{placeholder}\", {name})");
        }

        if (method.Body is { } body)
        {
            parameters.Add(($"{body.Type} {body.Name}", body.Name, body.Doc));
        }

        var values = since
            ? $"Values(Since({dateName}{string.Concat(pairs.Select(pair => ", " + pair))}))"
            : $"Values({string.Join(", ", pairs)})";
        return new ClientMethodShape(parameters, string.Join("/", segments), values);
    }

    /// <summary><c>StudentID</c> is <c>studentId</c>.</summary>
    private static string Camel(string placeholder)
    {
        var name = char.ToLowerInvariant(placeholder[0]) + placeholder.Substring(1);
        return name.EndsWith("ID", System.StringComparison.Ordinal) ? name.Substring(0, name.Length - 2) + "Id" : name;
    }
}
