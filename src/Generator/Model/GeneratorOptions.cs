namespace IlluminatePerms.Generator.Model;

/// <summary>The MSBuild properties that steer the generator, already checked.</summary>
/// <param name="Namespace">Namespace of the generated class.</param>
/// <param name="ClassName">Name of the generated class.</param>
/// <param name="Visibility">"internal" (default: projects that both generate the class never collide) or "public".</param>
/// <param name="SpecFileName">File name that marks an AdditionalFile as the spec.</param>
/// <param name="Problems">Messages about property values that were rejected (defaults were used).</param>
internal sealed record GeneratorOptions(string Namespace, string ClassName, string Visibility, string SpecFileName, EquatableArray<DiagnosticInfo> Problems)
{
    /// <summary>Default namespace of the generated class.</summary>
    public const string DefaultNamespace = "IlluminatePerms.Generated";

    /// <summary>Default name of the generated class.</summary>
    public const string DefaultClassName = "RequiredGrants";

    /// <summary>Default accessibility of the generated class.</summary>
    public const string DefaultVisibility = "internal";

    /// <summary>Default spec file name.</summary>
    public const string DefaultSpecFileName = "permissions.csv";
}
