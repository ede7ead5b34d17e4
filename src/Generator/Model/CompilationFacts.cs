namespace IlluminatePerms.Generator.Model;

/// <summary>What the generator needs to know of the compilation, as values (so an edit that changes neither is cached).</summary>
/// <param name="RuntimeReferenced">Whether IlluminatePerms.Runtime (its GrantSet) is referenced.</param>
/// <param name="ClientReferenced">Whether IlluminatePerms.Client (the checklist renderer) is referenced.</param>
/// <param name="Severities">Severities `.editorconfig` sets for the generator's diagnostic IDs.</param>
/// <remarks>
/// Pipeline values are classes, not structs: Roslyn's node types are generic over them, and the JIT
/// shares one compiled body among reference types, while each struct needs its own (a cold-start cost
/// paid in every fresh compiler process).
/// </remarks>
internal sealed record CompilationFacts(bool RuntimeReferenced, bool ClientReferenced, EquatableArray<SeverityOverride> Severities);

/// <summary>Whether the runtime and the client are referenced: all the source output needs of the compilation.</summary>
/// <param name="IsReferenced">Whether IlluminatePerms.Runtime (its GrantSet) is referenced.</param>
/// <param name="ClientReferenced">Whether IlluminatePerms.Client is referenced, so the checklist can be rendered.</param>
internal sealed record RuntimeReference(bool IsReferenced, bool ClientReferenced);

/// <summary>The problems to report, and whether there was a spec (IP1014 only matters then).</summary>
/// <param name="Items">The diagnostics with their locations.</param>
/// <param name="HasSpec">Whether a spec was read.</param>
internal sealed record SpecDiagnostics(EquatableArray<DiagnosticInfo> Items, bool HasSpec);
