using System;
using System.Collections.Generic;

namespace IlluminatePerms.MockAeries.Routing;

/// <summary>
/// A path under <c>/api/v5/</c> such as <c>schools/{SchoolCode}/students/{StudentID}</c>. Literal
/// segments compare without case (Aeries runs on IIS); a <c>{Name}</c> segment takes any value.
/// </summary>
public sealed class RouteTemplate
{
    private readonly string[] segments;

    /// <summary>Parses a template.</summary>
    public RouteTemplate(string template)
    {
        Text = template;
        segments = template.Split('/', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>The template as written.</summary>
    public string Text { get; }

    /// <summary>Matches path segments; on success, the values of the <c>{Name}</c> segments.</summary>
    public bool TryMatch(string[] path, out Dictionary<string, string> values)
    {
        values = null!;
        if (path.Length != segments.Length)
        {
            return false;
        }

        Dictionary<string, string>? found = null;
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            if (IsPlaceholder(segment))
            {
                found ??= new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                found[segment[1..^1]] = Uri.UnescapeDataString(path[i]);
            }
            else if (!string.Equals(segment, path[i], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        values = found ?? new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        return true;
    }

    /// <summary>The template with its placeholders replaced by the segments of <paramref name="path"/> at the same positions.</summary>
    public string Fill(string[] path)
    {
        var filled = new string[segments.Length];
        for (var i = 0; i < segments.Length; i++)
        {
            filled[i] = IsPlaceholder(segments[i]) && i < path.Length ? path[i] : segments[i];
        }

        return string.Join('/', filled);
    }

    /// <inheritdoc />
    public override string ToString() => Text;

    private static bool IsPlaceholder(string segment) => segment.Length > 2 && segment[0] == '{' && segment[^1] == '}';
}
