using System;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using IlluminatePerms.Tests.Shared;
using Xunit;

namespace IlluminatePerms.Generator.Tests;

/// <summary>Every diagnostic's help link points at a section of docs/diagnostics.md, and that section states its title and severity.</summary>
public class HelpLinkTests
{
    private const string RepositoryUrl = "https://github.com/illuminateperms/illuminateperms/blob/main/";

    [Fact]
    public void Every_descriptor_links_to_an_existing_section_of_an_existing_document()
    {
        var descriptors = Descriptors();
        Assert.True(descriptors.Count >= 20, $"only {descriptors.Count} descriptors found");

        foreach (var descriptor in descriptors)
        {
            Assert.StartsWith(RepositoryUrl, descriptor.HelpLinkUri);
            var (document, anchor) = Split(descriptor.HelpLinkUri.Substring(RepositoryUrl.Length));
            var path = Path.Combine(RepositoryRoot.Path, document);
            Assert.True(File.Exists(path), $"{descriptor.Id}: {document} does not exist");
            Assert.Equal(descriptor.Id.ToLowerInvariant(), anchor);
            Assert.Contains($"\n## {anchor}\n", File.ReadAllText(path).Replace("\r\n", "\n"));
        }
    }

    [Fact]
    public void Every_descriptor_has_the_title_severity_and_category_its_section_states()
    {
        var document = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "diagnostics.md")).Replace("\r\n", "\n");

        foreach (var descriptor in Descriptors())
        {
            var section = document.Substring(document.IndexOf($"\n## {descriptor.Id.ToLowerInvariant()}\n", StringComparison.Ordinal) + 1);
            var stated = (descriptor.IsEnabledByDefault, descriptor.DefaultSeverity) switch
            {
                (false, var severity) => $"(off by default; {severity} when on)",
                (true, DiagnosticSeverity.Hidden) => "(hidden, ",
                (true, var severity) => $"({severity.ToString().ToLowerInvariant()}",
            };
            Assert.StartsWith($"## {descriptor.Id.ToLowerInvariant()}\n**{descriptor.Title}** {stated}", section, StringComparison.Ordinal);
            Assert.Equal(descriptor.Id.StartsWith("IP0", StringComparison.Ordinal) ? "IlluminatePerms.Usage" : "IlluminatePerms.Spec", descriptor.Category);
        }
    }

    private static System.Collections.Generic.List<DiagnosticDescriptor> Descriptors()
        => typeof(GrantsGenerator).Assembly
            .GetType("IlluminatePerms.Generator.DiagnosticDescriptors", throwOnError: true)!
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.FieldType == typeof(DiagnosticDescriptor))
            .Select(field => (DiagnosticDescriptor)field.GetValue(null)!)
            .ToList();

    private static (string Document, string Anchor) Split(string relative)
    {
        var hash = relative.IndexOf('#');
        return (relative.Substring(0, hash), relative.Substring(hash + 1));
    }
}
