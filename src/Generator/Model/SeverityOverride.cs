namespace IlluminatePerms.Generator.Model;

/// <summary>A severity set in `.editorconfig` for a diagnostic ID.</summary>
/// <param name="Id">The diagnostic ID.</param>
/// <param name="Report">The <c>ReportDiagnostic</c> value, as an int.</param>
internal sealed record SeverityOverride(string Id, int Report);
