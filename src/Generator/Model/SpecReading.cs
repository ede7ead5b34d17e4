namespace IlluminatePerms.Generator.Model;

/// <summary>The parser stage's result: the model to emit (null when there is no spec) and the problems to report.</summary>
/// <param name="Source">The model of the generated class, or null when there is nothing to generate.</param>
/// <param name="Diagnostics">Problems in the spec and the options, with their locations.</param>
internal sealed record SpecReading(GrantsModel? Source, EquatableArray<DiagnosticInfo> Diagnostics);
