using System;
using System.IO;
using Microsoft.CodeAnalysis;

namespace IlluminatePerms.Generator;

/// <summary>
/// Recognises a reference to IlluminatePerms.Runtime by its name, without asking the compilation:
/// <c>GetTypeByMetadataName</c> binds every reference and declares every source file, work the
/// compiler does anyway but that the generator, when it runs first in a fresh compiler, is charged
/// for (about 70 ms of a cold 2,000-call-site build), and that a new compilation after each edit
/// would ask for again.
/// </summary>
internal static class RuntimeAssembly
{
    /// <summary>The runtime's assembly name (and file name without ".dll").</summary>
    public const string Name = "IlluminatePerms.Runtime";

    /// <summary>The type the generated class needs: found in the compilation when no reference is named <see cref="Name"/>.</summary>
    public const string GrantSetType = "IlluminatePerms.Grants.GrantSet";

    /// <summary>
    /// True for the runtime: a file reference named IlluminatePerms.Runtime.dll (a package or a
    /// built project) or, in the IDE, a project reference whose assembly is named IlluminatePerms.Runtime.
    /// </summary>
    public static bool IsRuntime(MetadataReference reference) => reference switch
    {
        PortableExecutableReference { FilePath: { } path } => string.Equals(Path.GetFileNameWithoutExtension(path), Name, StringComparison.OrdinalIgnoreCase),
        CompilationReference compilation => string.Equals(compilation.Compilation.AssemblyName, Name, StringComparison.Ordinal),
        _ => false,
    };
}
