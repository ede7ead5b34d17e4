using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using IlluminatePerms.Tests.Shared;
using Xunit;

namespace IlluminatePerms.Runtime.Tests.Grants;

/// <summary>
/// The grant model is the bottom room (issue 22, "Rooms and arrows"): the contract, the spec and the
/// client build on it, so it names none of them. Area facts from the contract are looked up there.
/// </summary>
public class GrantsDependencyTests
{
    // A namespace of this project other than Grants itself, written in code or in a doc reference.
    private static readonly Regex OtherNamespace = new(@"\bIlluminatePerms\.(?!Grants\b)[A-Z]\w*|\busing\s+(?!System\b|IlluminatePerms\.Grants\b)[\w.]+\s*;", RegexOptions.Compiled);

    [Fact]
    public void No_file_of_Grants_names_another_namespace_of_the_project()
    {
        var folder = Path.Combine(RepositoryRoot.Path, "src", "Runtime", "Grants");
        var offending = Directory.EnumerateFiles(folder, "*.cs")
            .SelectMany(path => OtherNamespace.Matches(File.ReadAllText(path)).Select(match => $"{Path.GetFileName(path)}: {match.Value}"))
            .ToList();

        Assert.True(offending.Count == 0, string.Join("\n", offending));
    }

    [Theory]
    [InlineData("using IlluminatePerms.Contract;", true)]
    [InlineData("=> IlluminatePerms.Spec.SpecParser.Parse(text)", true)]
    [InlineData("using System.Collections.Generic;", false)]
    [InlineData("namespace IlluminatePerms.Grants;", false)]
    public void The_rule_sees_a_using_and_a_qualified_name(string line, bool offends)
        => Assert.Equal(offends, OtherNamespace.IsMatch(line));
}
