using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using IlluminatePerms.Tests.Shared;
using Xunit;

namespace IlluminatePerms.Runtime.Tests.Packaging;

/// <summary>
/// No shipped project lets another shipped assembly see its internals (issue 22): what they share is the
/// public API of the core, or source compiled into both. Test projects (*.Tests) and the measuring
/// programs under bench/ may see internals; they are never installed.
/// </summary>
public class InternalsVisibleToTests
{
    /// <summary>The projects whose assemblies reach a user: the packages and the tool.</summary>
    private static readonly string[] ShippedProjectFolders =
    {
        "src/Runtime", "src/Client", "src/Generator", "src/CodeFixes", "src/MockAeries", "src/MockAeries.Xunit", "src/Cli",
    };

    private static readonly Regex AssemblyAttribute = new(@"\[\s*assembly\s*:\s*(?:System\.Runtime\.CompilerServices\.)?InternalsVisibleTo(?:Attribute)?\s*\(\s*""(?<name>[^"",]+)", RegexOptions.Compiled);

    [Fact]
    public void No_shipped_project_grants_internals_to_another_shipped_assembly()
    {
        var benchAssemblies = BenchAssemblyNames();
        var offending = ShippedProjectFolders
            .SelectMany(folder => GranteesOf(folder).Select(grantee => (Project: folder, Grantee: grantee)))
            .Where(grant => !IsTestOrBench(grant.Grantee, benchAssemblies))
            .Select(grant => $"{grant.Project} grants InternalsVisibleTo to {grant.Grantee}")
            .ToList();

        Assert.True(offending.Count == 0, "Share public API or linked source instead:\n" + string.Join("\n", offending));
    }

    [Fact]
    public void The_rule_sees_a_grant_in_a_project_file_and_in_an_assembly_attribute()
    {
        var project = "<Project><ItemGroup><InternalsVisibleTo Include=\"illuminate-perms\" /><InternalsVisibleTo Include=\"IlluminatePerms.Runtime.Tests\" /></ItemGroup></Project>";
        Assert.Equal(new[] { "illuminate-perms", "IlluminatePerms.Runtime.Tests" }, GranteesInProject(XDocument.Parse(project)));
        Assert.Equal(new[] { "IlluminatePerms.MockAeries" }, GranteesInSource("[assembly: System.Runtime.CompilerServices.InternalsVisibleTo(\"IlluminatePerms.MockAeries\")]"));

        var bench = BenchAssemblyNames();
        Assert.False(IsTestOrBench("illuminate-perms", bench));
        Assert.False(IsTestOrBench("IlluminatePerms.MockAeries", bench));
        Assert.True(IsTestOrBench("IlluminatePerms.Runtime.Tests", bench));
        Assert.True(IsTestOrBench("IlluminatePerms.Benchmarks", bench));
    }

    [Fact]
    public void Every_shipped_project_folder_has_its_project_file()
    {
        // A renamed folder would otherwise leave its project unchecked.
        foreach (var folder in ShippedProjectFolders)
        {
            Assert.Single(Directory.GetFiles(Path.Combine(RepositoryRoot.Path, folder), "*.csproj"));
        }
    }

    private static bool IsTestOrBench(string assembly, ISet<string> benchAssemblies)
        => assembly.EndsWith(".Tests", StringComparison.Ordinal) || benchAssemblies.Contains(assembly);

    /// <summary>
    /// The grantees of a project: InternalsVisibleTo items of its project file, of the files it imports by
    /// relative path and of the Directory.Build files above it, and assembly attributes in its sources.
    /// </summary>
    private static List<string> GranteesOf(string folder)
    {
        var directory = Path.Combine(RepositoryRoot.Path, folder);
        var project = Directory.GetFiles(directory, "*.csproj").Single();
        var projectFiles = ProjectFiles.Of(project);
        var sources = Directory.EnumerateFiles(directory, "*.cs", SearchOption.AllDirectories)
            .Where(path => !IsBuildOutput(Path.GetRelativePath(directory, path)));
        return projectFiles.SelectMany(path => GranteesInProject(XDocument.Load(path)))
            .Concat(sources.SelectMany(path => GranteesInSource(File.ReadAllText(path))))
            .ToList();
    }

    private static IEnumerable<string> GranteesInProject(XDocument project)
        => project.Descendants()
            .Where(element => element.Name.LocalName == "InternalsVisibleTo")
            .Select(element => (string?)element.Attribute("Include") ?? throw new InvalidOperationException("An InternalsVisibleTo item without Include."));

    private static IEnumerable<string> GranteesInSource(string text)
        => AssemblyAttribute.Matches(text).Select(match => match.Groups["name"].Value.Trim());

    private static bool IsBuildOutput(string relativePath)
        => relativePath.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)[0] is "bin" or "obj";

    /// <summary>The assembly names of the projects under bench/: their AssemblyName, else the project file's name.</summary>
    private static HashSet<string> BenchAssemblyNames()
        => Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "bench"), "*.csproj", SearchOption.AllDirectories)
            .Select(path => XDocument.Load(path).Descendants().FirstOrDefault(e => e.Name.LocalName == "AssemblyName")?.Value ?? Path.GetFileNameWithoutExtension(path))
            .ToHashSet(StringComparer.Ordinal);
}
