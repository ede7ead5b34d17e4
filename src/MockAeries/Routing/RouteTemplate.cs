using System;
using System.Collections.Generic;

namespace IlluminatePerms.MockAeries.Routing;

/// <summary>
/// A contract path under <c>/api/v5/</c> such as <c>schools/{SchoolCode}/students/{StudentID?}</c>.
/// Literal segments compare without case (Aeries runs on IIS); a <c>{Name}</c> segment takes any
/// value; a trailing <c>{Name?}</c> may be left out (Aeries then answers for all).
/// </summary>
internal sealed class RouteTemplate
{
    private readonly string[] segments;
    private readonly string?[] names;
    private readonly bool lastIsOptional;

    public RouteTemplate(string template)
    {
        Text = template;
        segments = template.Split('/', StringSplitOptions.RemoveEmptyEntries);
        names = new string?[segments.Length];
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            if (segment.Length > 2 && segment[0] == '{' && segment[^1] == '}')
            {
                var optional = segment[^2] == '?';
                names[i] = segment[1..(optional ? ^2 : ^1)];
                lastIsOptional |= optional && i == segments.Length - 1;
            }
            else
            {
                LiteralCount++;
            }
        }
    }

    /// <summary>The template as the contract writes it.</summary>
    public string Text { get; }

    /// <summary>How many segments the template has, the optional one included.</summary>
    public int SegmentCount => segments.Length;

    /// <summary>Whether the last segment may be left out.</summary>
    public bool LastIsOptional => lastIsOptional;

    /// <summary>How many segments are literal: the more, the more specific the route.</summary>
    public int LiteralCount { get; }

    /// <summary>Matches path segments; on success, the values of the placeholders that are present.</summary>
    public bool TryMatch(string[] path, out Dictionary<string, string> values)
    {
        values = null!;
        if (path.Length != segments.Length && !(lastIsOptional && path.Length == segments.Length - 1))
        {
            return false;
        }

        for (var i = 0; i < path.Length; i++)
        {
            if (names[i] is null && !string.Equals(segments[i], path[i], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < path.Length; i++)
        {
            if (names[i] is { } name)
            {
                values[name] = Uri.UnescapeDataString(path[i]);
            }
        }

        return true;
    }

    /// <summary>The template with its placeholders replaced by the segments of <paramref name="path"/> at the same positions (for "closest route" messages).</summary>
    public string Fill(string[] path)
    {
        // A left-out optional segment is compared as left out.
        var count = lastIsOptional && path.Length < segments.Length ? segments.Length - 1 : segments.Length;
        var filled = new string[count];
        for (var i = 0; i < count; i++)
        {
            filled[i] = names[i] is not null && i < path.Length ? path[i] : segments[i];
        }

        return string.Join('/', filled);
    }

    /// <inheritdoc />
    public override string ToString() => Text;
}
