using System;
using System.IO;
using System.Linq;
using IlluminatePerms.Spec;
using Xunit;

namespace IlluminatePerms.Runtime.Tests.Spec;

/// <summary>
/// PermissionSpec.BundledExample is spec/permissions.csv as the build found it: the default spec of the
/// CLI and of the mock's certificates, taken from the runtime so that there is one copy of it.
/// </summary>
public class BundledExampleTests
{
    private static readonly string SpecText = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Spec", "permissions.csv"));

    [Fact]
    public void The_bundled_example_is_the_repository_spec_row_for_row()
    {
        var fromFile = SpecParser.Parse(SpecText);

        Assert.Equal(fromFile.Grants, PermissionSpec.BundledExample.Grants);
        Assert.Equal(
            fromFile.Rows.Select(row => (row.Area.Name, row.Access, row.Reason)),
            PermissionSpec.BundledExample.Rows.Select(row => (row.Area.Name, row.Access, row.Reason)));
        Assert.Equal(fromFile.Comment, PermissionSpec.BundledExample.Comment);
    }

    [Fact]
    public void The_bundled_example_is_Illuminates_spec_and_has_no_errors()
    {
        Assert.Equal("Illuminate Education", PermissionSpec.BundledExample.ProductName);
        Assert.False(PermissionSpec.BundledExample.HasErrors);
        Assert.NotEmpty(PermissionSpec.BundledExample.Grants);
    }

    [Fact]
    public void The_bundled_example_is_parsed_once()
    {
        Assert.Same(PermissionSpec.BundledExample, PermissionSpec.BundledExample);
    }
}
