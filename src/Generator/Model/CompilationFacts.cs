namespace IlluminatePerms.Generator.Model;

/// <summary>What the generator needs to know of the compilation, as values (so an edit that changes neither is cached).</summary>
/// <param name="RuntimeReferenced">Whether IlluminatePerms.Runtime (its GrantSet) is referenced.</param>
/// <param name="Severities">Severities `.editorconfig` sets for the generator's diagnostic IDs.</param>
internal sealed record CompilationFacts(bool RuntimeReferenced, EquatableArray<SeverityOverride> Severities);

/// <summary>A severity set in `.editorconfig` for a diagnostic ID.</summary>
/// <param name="Id">The diagnostic ID.</param>
/// <param name="Report">The <c>ReportDiagnostic</c> value, as an int.</param>
internal sealed record SeverityOverride(string Id, int Report);
