namespace IlluminatePerms.Generator.Model;

/// <summary>
/// Everything the emitter needs, as values; equal specs and options give equal models. Diagnostics
/// travel apart (<see cref="SpecReading"/>), so that a change in them alone does not re-emit source.
/// </summary>
/// <param name="Namespace">Namespace of the generated class.</param>
/// <param name="ClassName">Name of the generated class.</param>
/// <param name="Visibility">Accessibility of the generated class: "internal" or "public".</param>
/// <param name="SpecFileName">The spec's file name, quoted in doc comments.</param>
/// <param name="ProductName">The "Product Name" for Aeries, or null.</param>
/// <param name="Comment">The "Comment" for Aeries, or null.</param>
/// <param name="Rows">The valid rows, in the author's order.</param>
/// <param name="Features">The features of the Feature column that have a C# name of their own, in order of first mention.</param>
internal sealed record GrantsModel(
    string Namespace,
    string ClassName,
    string Visibility,
    string SpecFileName,
    string? ProductName,
    string? Comment,
    EquatableArray<GrantRowModel> Rows,
    EquatableArray<FeatureModel> Features);
