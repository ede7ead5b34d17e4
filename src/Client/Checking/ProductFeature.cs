using System;
using System.Collections.Generic;
using System.Linq;
using IlluminatePerms.Grants;
using IlluminatePerms.Spec;

namespace IlluminatePerms.Checking;

/// <summary>
/// A feature of the product and the grants it needs, judged on its own in the check's report
/// (<see cref="Report.GrantCheckReport.Features"/>), so a product can switch one feature off for a
/// district instead of failing its whole sync. From the spec's Feature column (<see cref="From"/>) or
/// built from a generated <c>RequiredGrants.Features</c> grant set and the feature's name.
/// </summary>
public sealed class ProductFeature
{
    /// <summary>Creates a feature.</summary>
    /// <param name="name">The feature's name as the spec writes it, e.g. "Gradebook sync".</param>
    /// <param name="grants">The grants it needs; every one must be a grant of the checked spec.</param>
    /// <exception cref="ArgumentException">The name is blank or the feature needs no grant (nothing could show it works).</exception>
    public ProductFeature(string name, GrantSet grants)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(grants);
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("A feature needs a name.", nameof(name));
        }

        if (grants.IsEmpty)
        {
            throw new ArgumentException($"The feature '{name}' needs no grant: a check cannot show that it works.", nameof(grants));
        }

        Name = name.Trim();
        Grants = grants;
    }

    /// <summary>The feature's name as written.</summary>
    public string Name { get; }

    /// <summary>The grants the feature needs.</summary>
    public GrantSet Grants { get; }

    /// <summary>The features the spec's Feature column names, in its order; empty when it has none.</summary>
    public static IReadOnlyList<ProductFeature> From(PermissionSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return spec.Features.Select(feature => new ProductFeature(feature.Name, feature.Grants)).ToList();
    }

    /// <summary>
    /// True when <paramref name="name"/> names this feature, case and runs of spaces aside, as
    /// <see cref="SpecFeature.IsNamed"/> matches the spec's names.
    /// </summary>
    public bool IsNamed(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return SpecFeature.SameName(name, Name);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Grants})";
}
