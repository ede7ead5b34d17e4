using IlluminatePerms.Cli.Files;
using System.Linq;
using IlluminatePerms.MockAeries;
using IlluminatePerms.Spec;

namespace IlluminatePerms.Cli.Checking;

/// <summary>Loads a permission spec: a file the user names, or the one embedded at build time.</summary>
internal static class SpecSource
{
    /// <summary>Name shown for the embedded spec.</summary>
    public const string EmbeddedName = "spec/permissions.csv (embedded)";

    /// <summary>The spec/permissions.csv this tool was built with: the mock's bundled copy of it, parsed once.</summary>
    public static PermissionSpec Embedded => MockAeriesServer.BundledSpec;

    /// <summary>Loads the spec at <paramref name="path"/>, or the embedded one when it is null.</summary>
    /// <exception cref="CliException">The file is missing or the spec has errors; the message names each at its line.</exception>
    public static PermissionSpec Load(string? path)
    {
        if (path is null)
        {
            return Embedded;
        }

        var spec = SpecParser.Parse(CappedFile.ReadText(path, "spec", CappedFile.SpecCap, "Give the path of a permissions.csv, or leave out --spec for the embedded one."));
        if (spec.HasErrors)
        {
            var errors = spec.Diagnostics.Where(d => d.Severity == SpecSeverity.Error).Select(d => $"{path}{d}").ToList();
            throw new CliException($"the spec {path} has {errors.Count} error(s); fix them and run again:\n" + CappedList.Join(errors, "  "));
        }

        return spec;
    }
}
