using IlluminatePerms.Spec;

namespace IlluminatePerms.Cli.SpecChoice;

/// <summary>The spec a command works from, with the name it is shown by.</summary>
/// <param name="Spec">The parsed spec, free of errors.</param>
/// <param name="Name">The file's full path, or the bundled example's label.</param>
/// <param name="IsBundledExample">True when no spec was given or found, so the tool's own example is used.</param>
internal sealed record ChosenSpec(PermissionSpec Spec, string Name, bool IsBundledExample);
