using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace IlluminatePerms.Generator.Tests.Harness;

/// <summary>
/// Walks a pipeline step's output object graph to find values that would defeat caching or keep a
/// compilation alive: a Compilation, an ISymbol or a SyntaxNode.
/// </summary>
internal static class PipelineOutputInspector
{
    public static IEnumerable<string> FindBannedValues(object? value)
    {
        var found = new List<string>();
        Walk(value, "output", new HashSet<object>(ReferenceEqualityComparer.Instance), found);
        return found;
    }

    private static void Walk(object? value, string path, HashSet<object> seen, List<string> found)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum)
        {
            return;
        }

        if (value is Compilation or ISymbol or SyntaxNode)
        {
            found.Add($"{path}: {value.GetType().Name}");
            return;
        }

        if (!value.GetType().IsValueType && !seen.Add(value))
        {
            return;
        }

        if (value is IEnumerable sequence)
        {
            var i = 0;
            foreach (var item in sequence)
            {
                Walk(item, $"{path}[{i++}]", seen, found);
            }

            return;
        }

        foreach (var field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            Walk(field.GetValue(value), $"{path}.{field.Name}", seen, found);
        }
    }
}
