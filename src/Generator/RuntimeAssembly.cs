using System;
using Microsoft.CodeAnalysis;

namespace IlluminatePerms.Generator;

/// <summary>
/// Whether the compilation references IlluminatePerms.Runtime, which the generated class needs, and
/// IlluminatePerms.Client, whose checklist renderer the generated <c>AdminChecklist</c> property calls.
/// Recognised by the reference's name first: asking the compilation for GrantSet
/// (<c>GetTypeByMetadataName</c>) binds every reference and declares every source file, work the
/// compiler does anyway but that the generator, running first in a fresh compiler, was charged for
/// (about 70 ms of a cold 2,000-call-site build). The compilation is asked only when no reference
/// has the name: GrantSet in source, or the error IP1014.
/// </summary>
internal static class RuntimeAssembly
{
    /// <summary>The runtime's assembly name (and file name without ".dll").</summary>
    public const string Name = "IlluminatePerms.Runtime";

    /// <summary>The client package's assembly name: it holds the checklist renderer (Scriban), which the core leaves out.</summary>
    public const string ClientName = "IlluminatePerms.Client";

    private const string Extension = ".dll";

    private const string GrantSetType = "IlluminatePerms.Grants.GrantSet";

    /// <summary>True when a reference is the runtime (<see cref="IsRuntime"/>), or else the compilation has GrantSet.</summary>
    public static bool IsReferenced(Compilation compilation)
    {
        // ExternalReferences, not References: the latter binds #r directives.
        foreach (var reference in compilation.ExternalReferences)
        {
            if (IsRuntime(reference))
            {
                return true;
            }
        }

        return compilation.GetTypeByMetadataName(GrantSetType) is not null;
    }

    /// <summary>True when a reference is named IlluminatePerms.Client, as <see cref="IsRuntime"/> recognises the runtime.</summary>
    public static bool IsClientReferenced(Compilation compilation)
    {
        foreach (var reference in compilation.ExternalReferences)
        {
            if (IsNamed(reference, ClientName))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True for a file reference named IlluminatePerms.Runtime.dll (a package or a built project) or,
    /// in the IDE, a project reference whose assembly is named IlluminatePerms.Runtime. Allocates
    /// nothing: it runs on every edit.
    /// </summary>
    public static bool IsRuntime(MetadataReference reference) => IsNamed(reference, Name);

    private static bool IsNamed(MetadataReference reference, string name) => reference switch
    {
        PortableExecutableReference { FilePath: { } path } => IsAssemblyFile(path, name),
        CompilationReference compilation => string.Equals(compilation.Compilation.AssemblyName, name, StringComparison.Ordinal),
        _ => false,
    };

    private static bool IsAssemblyFile(string path, string name)
    {
        var start = path.Length - name.Length - Extension.Length;
        if (start < 0
            || !path.EndsWith(Extension, StringComparison.OrdinalIgnoreCase)
            || string.Compare(path, start, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) != 0)
        {
            return false;
        }

        return start == 0 || path[start - 1] is '/' or '\\';
    }
}
