namespace IlluminatePerms.Generator;

/// <summary>Names of the pipeline steps, so tests can assert what the driver cached.</summary>
internal static class TrackingNames
{
    public const string Options = nameof(Options);
    public const string SpecFiles = nameof(SpecFiles);
    public const string Model = nameof(Model);
    public const string CompilationFacts = nameof(CompilationFacts);
}
