namespace IlluminatePerms.Generator.Analyzers;

/// <summary>
/// The properties a missing-grant diagnostic (IP0001 and its fixable twin IP0005) carries for the code fix:
/// compiled into the generator, which sets them, and into the code fixes, which read them (linked source).
/// </summary>
internal static class MissingGrantProperties
{
    /// <summary>The area's catalog name.</summary>
    public const string Area = "Area";

    /// <summary>The missing access, as "Read, Update".</summary>
    public const string Access = "Access";

    /// <summary>The member that needs the grant, as "Type.Member".</summary>
    public const string Member = "Member";

    /// <summary>The path of the spec the grant is missing from.</summary>
    public const string SpecPath = "SpecPath";
}
