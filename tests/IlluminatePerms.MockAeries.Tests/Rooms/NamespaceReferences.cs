using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Reflection.Emit;

namespace IlluminatePerms.MockAeries.Tests.Rooms;

/// <summary>
/// Which of an assembly's namespaces use which, read from the compiled code: signatures, fields,
/// base types and every type, field and method token in the method bodies (lambdas and state
/// machines count for the type that declares them), so a fully qualified name or a type reached
/// through a parent namespace counts as much as a <c>using</c>.
/// </summary>
internal static class NamespaceReferences
{
    private const BindingFlags Declared = BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(field => (OpCode)field.GetValue(null)!)
        .ToDictionary(code => code.Value);

    /// <summary>For each namespace of <paramref name="assembly"/> under <paramref name="root"/>, the types it uses from each other such namespace.</summary>
    public static IReadOnlyDictionary<(string From, string To), SortedSet<string>> Of(Assembly assembly, string root)
    {
        var edges = new Dictionary<(string, string), SortedSet<string>>();
        foreach (var type in assembly.GetTypes().Where(t => InScope(t, assembly, root)))
        {
            var from = type.Namespace!;
            foreach (var used in UsedBy(type).SelectMany(Flatten).Where(t => InScope(t, assembly, root) && t.Namespace != from))
            {
                var key = (from, used.Namespace!);
                if (!edges.TryGetValue(key, out var via))
                {
                    edges[key] = via = new SortedSet<string>(StringComparer.Ordinal);
                }

                via.Add($"{Outermost(type).Name} -> {Outermost(used).Name}");
            }
        }

        return edges;
    }

    private static bool InScope(Type type, Assembly assembly, string root) =>
        type.Assembly == assembly && type.Namespace is { } name && (name == root || name.StartsWith(root + ".", StringComparison.Ordinal));

    private static Type Outermost(Type type) => type.DeclaringType is { } outer ? Outermost(outer) : type;

    private static IEnumerable<Type> UsedBy(Type type)
    {
        if (type.BaseType is { } baseType)
        {
            yield return baseType;
        }

        foreach (var contract in type.GetInterfaces())
        {
            yield return contract;
        }

        foreach (var field in type.GetFields(Declared))
        {
            yield return field.FieldType;
        }

        foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
        {
            if (method is MethodInfo info)
            {
                yield return info.ReturnType;
            }

            foreach (var parameter in method.GetParameters())
            {
                yield return parameter.ParameterType;
            }

            foreach (var used in InBody(method))
            {
                yield return used;
            }
        }
    }

    /// <summary>The types a method body names: each token operand, resolved in the method's generic context.</summary>
    private static IEnumerable<Type> InBody(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            yield break;
        }

        var typeArguments = method.DeclaringType!.IsGenericType ? method.DeclaringType.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var at = 0;
        while (at < il.Length)
        {
            var value = il[at] == 0xFE ? (short)(0xFE00 | il[at + 1]) : il[at];
            at += il[at] == 0xFE ? 2 : 1;
            var code = OpCodesByValue[value];
            switch (code.OperandType)
            {
                case OperandType.InlineField:
                case OperandType.InlineMethod:
                case OperandType.InlineTok:
                case OperandType.InlineType:
                    var member = method.Module.ResolveMember(BitConverter.ToInt32(il, at), typeArguments, methodArguments);
                    foreach (var used in Named(member))
                    {
                        yield return used;
                    }

                    break;
            }

            at += OperandSize(code.OperandType, il, at);
        }
    }

    private static IEnumerable<Type> Named(MemberInfo? member)
    {
        switch (member)
        {
            case Type type:
                yield return type;
                break;
            case FieldInfo field:
                yield return field.DeclaringType!;
                yield return field.FieldType;
                break;
            case MethodBase called:
                yield return called.DeclaringType!;
                if (called.IsGenericMethod)
                {
                    foreach (var argument in called.GetGenericArguments())
                    {
                        yield return argument;
                    }
                }

                break;
        }
    }

    private static int OperandSize(OperandType operand, byte[] il, int at) => operand switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, at)),
        _ => 4,
    };

    /// <summary>A type and every type inside it: element types of arrays and by-refs, and generic arguments.</summary>
    private static IEnumerable<Type> Flatten(Type type)
    {
        if (type.HasElementType)
        {
            foreach (var inner in Flatten(type.GetElementType()!))
            {
                yield return inner;
            }

            yield break;
        }

        if (type.IsGenericParameter)
        {
            yield break;
        }

        yield return type.IsGenericType ? type.GetGenericTypeDefinition() : type;
        if (type.IsGenericType)
        {
            foreach (var inner in type.GetGenericArguments().SelectMany(Flatten))
            {
                yield return inner;
            }
        }
    }
}
