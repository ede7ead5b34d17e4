using System;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.Json;
using System.Xml.Linq;
using IlluminatePerms.Grants;
using IlluminatePerms.Tests.Shared;
using Xunit;

namespace IlluminatePerms.Runtime.Tests.Packaging;

/// <summary>
/// The core package (IlluminatePerms: typed grants and the build gate) brings no HTTP stack, retry
/// library or template engine into a consumer (issue 22): those belong to IlluminatePerms.Client.
/// Checked in the project files, in what restore resolved for the core, and in the built assembly.
/// </summary>
public class CoreDependencyTests
{
    private static readonly string[] ForbiddenPrefixes = { "Polly", "Scriban", "Microsoft.Extensions.Http", "IlluminatePerms.Client" };

    private static readonly string CoreFolder = Path.Combine(RepositoryRoot.Path, "src", "Runtime");

    [Fact]
    public void The_core_project_files_reference_no_forbidden_package()
    {
        var project = Path.Combine(CoreFolder, "IlluminatePerms.Runtime.csproj");
        var references = ProjectFiles.Of(project)
            .SelectMany(path => XDocument.Load(path).Descendants())
            .Where(element => element.Name.LocalName is "PackageReference" or "ProjectReference")
            .Select(ReferencedName)
            .ToList();

        Assert.Contains("IlluminatePerms.Generator", references);
        Assert.Contains("Microsoft.CodeAnalysis.PublicApiAnalyzers", references);
        Assert.DoesNotContain(references, IsForbidden);
    }

    [Fact]
    public void Restore_resolved_no_forbidden_package_for_the_core()
    {
        // Transitive packages too: a new dependency could pull Polly in without naming it.
        using var assets = JsonDocument.Parse(File.ReadAllText(Path.Combine(CoreFolder, "obj", "project.assets.json")));
        var libraries = assets.RootElement.GetProperty("targets").EnumerateObject()
            .SelectMany(target => target.Value.EnumerateObject())
            .Select(library => library.Name.Split('/')[0])
            .ToList();

        Assert.Contains("Microsoft.CodeAnalysis.PublicApiAnalyzers", libraries);
        Assert.DoesNotContain(libraries, IsForbidden);
    }

    [Fact]
    public void The_built_core_assembly_references_no_forbidden_assembly()
    {
        using var stream = File.OpenRead(typeof(GrantSet).Assembly.Location);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var referenced = metadata.AssemblyReferences
            .Select(handle => metadata.GetString(metadata.GetAssemblyReference(handle).Name))
            .ToList();

        Assert.Contains("System.Runtime", referenced);
        Assert.DoesNotContain(referenced, IsForbidden);
    }

    [Theory]
    [InlineData("Polly.Core", true)]
    [InlineData("Microsoft.Extensions.Http.Resilience", true)]
    [InlineData("Scriban.Signed", true)]
    [InlineData("IlluminatePerms.Client", true)]
    [InlineData("Microsoft.Extensions.Logging.Abstractions", false)]
    [InlineData("Microsoft.CodeAnalysis.PublicApiAnalyzers", false)]
    public void The_rule_knows_the_forbidden_names(string name, bool forbidden)
        => Assert.Equal(forbidden, IsForbidden(name));

    /// <summary>A package's id, or a referenced project's file name without ".csproj".</summary>
    private static string ReferencedName(XElement reference)
    {
        var include = (string?)reference.Attribute("Include") ?? string.Empty;
        return reference.Name.LocalName == "ProjectReference"
            ? Path.GetFileNameWithoutExtension(include.Replace('\\', '/').Split('/')[^1])
            : include;
    }

    private static bool IsForbidden(string name)
        => ForbiddenPrefixes.Any(prefix => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));
}
