#if !BUILDING_SOURCE_GENERATOR
using System;
using System.IO;

namespace IlluminatePerms.Spec;

// The runtime only: the generator compiles this folder as linked source but has no embedded spec.
public sealed partial class PermissionSpec
{
    /// <summary>The name of the embedded resource that holds the example spec.</summary>
    private const string BundledExampleResource = "IlluminatePerms.Spec.permissions.csv";

    /// <summary>
    /// The example spec bundled with this library: the permissions.csv Illuminate Education asks a district
    /// to grant (spec/permissions.csv of the repository, embedded at build time), parsed once. Tools use it
    /// when no spec of the user's own is given; the mock Aeries makes its default certificates from it.
    /// </summary>
    /// <exception cref="InvalidOperationException">The assembly lacks the spec or the spec has errors: a defect of the build, not of the caller.</exception>
    public static PermissionSpec BundledExample => BundledExampleHolder.Spec;

    /// <summary>Parses the bundled spec on first use, so that a library user who never asks for it pays nothing.</summary>
    private static class BundledExampleHolder
    {
        public static readonly PermissionSpec Spec = Load();

        private static PermissionSpec Load()
        {
            using var stream = typeof(PermissionSpec).Assembly.GetManifestResourceStream(BundledExampleResource)
                ?? throw new InvalidOperationException($"The assembly {typeof(PermissionSpec).Assembly.GetName().Name} lacks its bundled example spec ({BundledExampleResource}).");
            using var reader = new StreamReader(stream);
            var spec = SpecParser.Parse(reader.ReadToEnd());

            // Fail closed: a broken example would silently check certificates against fewer grants.
            return spec.HasErrors
                ? throw new InvalidOperationException($"The bundled example spec ({BundledExampleResource}) has errors; fix spec/permissions.csv and rebuild.")
                : spec;
        }
    }
}
#endif
