using System;
using System.IO;
using System.Linq;
using IlluminatePerms.Grants;
using IlluminatePerms.Spec;

namespace IlluminatePerms.MockAeries.Security;

/// <summary>A certificate the mock accepts, and what its (imaginary) district admin ticked for it.</summary>
/// <param name="Profile">A short name: "demo", "full", "read-only", "partial", "excess", "empty", or your own.</param>
/// <param name="Value">The AERIES-CERT header value; compared case-sensitively, as Aeries does.</param>
/// <param name="Grants">What the certificate may do.</param>
/// <param name="Description">One line on what the profile stands for.</param>
public sealed record MockCertificate(string Profile, string Value, GrantSet Grants, string Description)
{
    /// <summary>
    /// A certificate whose grants are the rows of a spec file: write down what a district actually
    /// ticked, in the spec's format, and test against it.
    /// </summary>
    /// <exception cref="FormatException">The file has spec errors; the message lists them with their lines and columns.</exception>
    public static MockCertificate FromSpecFile(string profile, string value, string path)
    {
        var spec = SpecParser.Parse(File.ReadAllText(path));
        if (spec.HasErrors)
        {
            var errors = spec.Diagnostics.Where(d => d.Severity == SpecSeverity.Error).Select(d => $"{path}{d}");
            throw new FormatException($"The spec for certificate '{profile}' has errors:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
        }

        return new MockCertificate(profile, value, spec.Grants, $"the grants of {Path.GetFileName(path)}");
    }
}
