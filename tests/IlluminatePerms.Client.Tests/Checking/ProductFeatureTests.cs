using System;
using IlluminatePerms.Checking;
using IlluminatePerms.Grants;
using Xunit;

namespace IlluminatePerms.Client.Tests.Checking;

/// <summary>A product feature as a caller builds it: a name, the grants it needs, and how it is found by name.</summary>
public sealed class ProductFeatureTests
{
    private static readonly GrantSet Rostering = GrantSet.Parse("Student Data: Read; Teacher Data: Read");

    [Fact]
    public void A_feature_is_named_as_the_spec_names_it_case_and_runs_of_spaces_aside()
    {
        var feature = new ProductFeature("  Nightly   rostering ", Rostering);

        Assert.Equal("Nightly   rostering", feature.Name);
        Assert.True(feature.IsNamed("nightly rostering"));
        Assert.True(feature.IsNamed("NIGHTLY  ROSTERING"));
        Assert.False(feature.IsNamed("nightly roster"));
        Assert.Equal("Nightly   rostering (Student Data: Read; Teacher Data: Read)", feature.ToString());
    }

    [Fact]
    public void A_feature_without_a_name_or_a_grant_is_refused_naming_what_is_wrong()
    {
        var unnamed = Assert.Throws<ArgumentException>(() => new ProductFeature(" ", Rostering));
        var ungranted = Assert.Throws<ArgumentException>(() => new ProductFeature("Rostering", GrantSet.Empty));

        Assert.StartsWith("A feature needs a name.", unnamed.Message, StringComparison.Ordinal);
        Assert.StartsWith("The feature 'Rostering' needs no grant: a check cannot show that it works.", ungranted.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => new ProductFeature("Rostering", Rostering).IsNamed(null!));
    }
}
