using System;
using System.Collections.Generic;

namespace IlluminatePerms.Contract;

/// <summary>
/// An operation's <see cref="AeriesOperation.PathTemplate"/> read as segments, to match request paths
/// the way the mock routes them: literal segments compare without case (Aeries runs on IIS), a
/// <c>{Name}</c> segment takes any value, and a trailing <c>{Name?}</c> may be left out.
/// </summary>
internal sealed class ContractRoute
{
    private readonly string?[] literals;
    private readonly string?[] names;
    private readonly bool lastIsOptional;

    public ContractRoute(AeriesOperation operation)
    {
        Operation = operation;
        var segments = operation.PathTemplate.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);
        literals = new string?[segments.Length];
        names = new string?[segments.Length];
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            var isPlaceholder = segment.Length > 2 && segment[0] == '{' && segment[segment.Length - 1] == '}';
            if (isPlaceholder)
            {
                var optional = segment[segment.Length - 2] == '?';
                names[i] = segment.Substring(1, segment.Length - (optional ? 3 : 2));
                lastIsOptional |= i == segments.Length - 1 && optional;
            }
            else
            {
                literals[i] = segment;
                LiteralCount++;
            }
        }
    }

    /// <summary>The operation the route stands for.</summary>
    public AeriesOperation Operation { get; }

    /// <summary>How many segments are literal: the more, the more specific the route.</summary>
    public int LiteralCount { get; }

    /// <summary>
    /// The match of <paramref name="segments"/> (relative to <c>api/v5/</c>) against this route, with the
    /// placeholders' values; null when the path is not one of this route's.
    /// </summary>
    public ContractMatch? Match(string[] segments)
    {
        if (segments.Length != literals.Length && !(lastIsOptional && segments.Length == literals.Length - 1))
        {
            return null;
        }

        for (var i = 0; i < segments.Length; i++)
        {
            if (literals[i] is { } literal && !string.Equals(literal, segments[i], StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }
        }

        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < segments.Length; i++)
        {
            if (names[i] is { } name)
            {
                values[name] = Uri.UnescapeDataString(segments[i]);
            }
        }

        return new ContractMatch(Operation, values);
    }
}
