using System.Linq;
using IlluminatePerms.Cli.Files;
using IlluminatePerms.Spec;

namespace IlluminatePerms.Cli.SpecChoice;

/// <summary>
/// Chooses and loads a permission spec: the file the user names, else the permissions.csv of the
/// working folder (the package convention), else the bundled example; it says on stderr which.
/// </summary>
internal static class SpecSource
{
    /// <summary>The file name a project's spec has by convention, looked for in the working folder.</summary>
    public const string ConventionalFileName = "permissions.csv";

    /// <summary>The spec/permissions.csv this tool was built with: the runtime's bundled example, parsed once.</summary>
    public static PermissionSpec Embedded => PermissionSpec.BundledExample;

    /// <summary>How the bundled spec is named in reports: an example, and whose.</summary>
    public static string EmbeddedName => $"bundled example spec ({Embedded.ProductName ?? "Illuminate Education"}'s permissions.csv)";

    /// <summary>
    /// The spec a command uses: <paramref name="specOption"/> when given, else <c>permissions.csv</c> in
    /// the working folder, else the bundled example. <see cref="Announce"/> says which, once the work begins.
    /// </summary>
    /// <exception cref="CliException">The file is missing or the spec has errors; the message names each at its line.</exception>
    public static ChosenSpec Choose(CliEnvironment environment, string? specOption)
    {
        var path = specOption is not null ? environment.Resolve(specOption) : InWorkingFolder(environment);
        return path is null ? new ChosenSpec(Embedded, EmbeddedName, IsBundledExample: true) : new ChosenSpec(Load(path), path, IsBundledExample: false);
    }

    /// <summary>
    /// Says on stderr which spec is read and, for a file, its warnings as the build words them. Called when the
    /// work begins, so that a usage error stays the one line it is. With --quiet only the warnings are
    /// said: the report names its spec (the bundled one as the bundled example) anyway.
    /// </summary>
    public static void Announce(CliEnvironment environment, ChosenSpec chosen)
    {
        if (chosen.IsBundledExample)
        {
            if (!environment.Quiet)
            {
                environment.Error.WriteLine($"Spec: the {EmbeddedName}, not yours: no {ConventionalFileName} in {environment.WorkingDirectory}. Run in your project's folder or pass --spec PATH.");
            }

            return;
        }

        if (!environment.Quiet)
        {
            environment.Error.WriteLine($"Spec: {chosen.Name}");
        }

        foreach (var warning in SpecWarnings.Of(chosen.Spec))
        {
            environment.Error.WriteLine($"{chosen.Name}{warning}");
        }
    }

    /// <summary>The working folder's permissions.csv, or null when it has none.</summary>
    public static string? InWorkingFolder(CliEnvironment environment)
    {
        var path = environment.Resolve(ConventionalFileName);
        return FileKinds.Of(path) == FileKind.Missing ? null : path;
    }

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
