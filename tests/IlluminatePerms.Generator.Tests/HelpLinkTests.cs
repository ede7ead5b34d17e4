using System;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using IlluminatePerms.Tests.Shared;
using Xunit;

namespace IlluminatePerms.Generator.Tests;

/// <summary>Every help link of every diagnostic points at a document of this repository and at a section it has.</summary>
public class HelpLinkTests
{
    private const string RepositoryUrl = "https://github.com/illuminateperms/illuminateperms/blob/main/";

    [Fact]
    public void Every_descriptor_links_to_an_existing_section_of_an_existing_document()
    {
        var descriptors = typeof(GrantsGenerator).Assembly
            .GetType("IlluminatePerms.Generator.DiagnosticDescriptors", throwOnError: true)!
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.FieldType == typeof(DiagnosticDescriptor))
            .Select(field => (DiagnosticDescriptor)field.GetValue(null)!)
            .ToList();
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

    private static (string Document, string Anchor) Split(string relative)
    {
        var hash = relative.IndexOf('#');
        return (relative.Substring(0, hash), relative.Substring(hash + 1));
    }
}
