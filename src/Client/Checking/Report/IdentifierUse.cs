namespace IlluminatePerms.Checking.Report;

/// <summary>A placeholder value the probes used, and where it came from.</summary>
/// <param name="Name">The placeholder, e.g. "StudentID".</param>
/// <param name="Value">The value used.</param>
/// <param name="Source">"given" by the caller, or the operation it was discovered through.</param>
public sealed record IdentifierUse(string Name, string Value, string Source);
