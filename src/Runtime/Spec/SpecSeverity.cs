namespace IlluminatePerms.Spec;

/// <summary>How serious a spec problem is.</summary>
#if BUILDING_SOURCE_GENERATOR
internal enum SpecSeverity
#else
public enum SpecSeverity
#endif
{
    /// <summary>The spec is usable but probably not what its author meant.</summary>
    Warning,

    /// <summary>The spec is wrong: the row (or the file) cannot be used.</summary>
    Error,
}
