namespace IlluminatePerms.Generator.Model;

/// <summary>
/// One feature of the spec's Feature column, as the emitter needs it: nothing positional, so moving a
/// row leaves the emitted source as it was.
/// </summary>
/// <param name="Name">The feature's name as first written in the spec, quoted in the doc comment.</param>
/// <param name="MemberName">The C# name of its member of the generated <c>Features</c> class.</param>
/// <param name="AreaNames">The areas of the rows that serve it, in the author's order; each row grants all of its access levels to the feature.</param>
internal sealed record FeatureModel(
    string Name,
    string MemberName,
    EquatableArray<string> AreaNames);
