namespace IlluminatePerms.Generator;

/// <summary>Names of the pipeline steps, so tests can assert what the driver cached (they reflect over these constants).</summary>
internal static class TrackingNames
{
    public const string Options = nameof(Options);
    public const string SpecFiles = nameof(SpecFiles);
    public const string Reading = nameof(Reading);
    public const string SourceModel = nameof(SourceModel);
    public const string Diagnostics = nameof(Diagnostics);
    public const string CompilationFacts = nameof(CompilationFacts);
    public const string RuntimeReference = nameof(RuntimeReference);
}
