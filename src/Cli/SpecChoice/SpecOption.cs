using System.CommandLine;

namespace IlluminatePerms.Cli.SpecChoice;

/// <summary>--spec, as every command that checks against the spec takes it (<see cref="SpecSource.Choose"/> reads it).</summary>
internal static class SpecOption
{
    /// <summary>Creates the option.</summary>
    public static Option<string?> Create()
        => new("--spec") { Description = "The permission spec (default: permissions.csv in the working folder, else the bundled example, Illuminate Education's)." };
}
