namespace IlluminatePerms.Spec;

/// <summary>How serious a spec problem is.</summary>
public enum SpecSeverity
{
    /// <summary>The spec is usable but probably not what its author meant.</summary>
    Warning,

    /// <summary>The spec is wrong: the row (or the file) cannot be used.</summary>
    Error,
}
