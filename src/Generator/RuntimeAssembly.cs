using System;
using Microsoft.CodeAnalysis;

namespace IlluminatePerms.Generator;

/// <summary>
/// Whether the compilation references IlluminatePerms.Runtime, which the generated class needs.
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

    private const string FileName = Name + ".dll";

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

    /// <summary>
    /// True for a file reference named IlluminatePerms.Runtime.dll (a package or a built project) or,
    /// in the IDE, a project reference whose assembly is named IlluminatePerms.Runtime. Allocates
    /// nothing: it runs on every edit.
    /// </summary>
    public static bool IsRuntime(MetadataReference reference) => reference switch
    {
        PortableExecutableReference { FilePath: { } path } => IsRuntimeFile(path),
        CompilationReference compilation => string.Equals(compilation.Compilation.AssemblyName, Name, StringComparison.Ordinal),
        _ => false,
    };

    private static bool IsRuntimeFile(string path)
    {
        if (!path.EndsWith(FileName, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var start = path.Length - FileName.Length;
        return start == 0 || path[start - 1] is '/' or '\\';
    }
}
