namespace IlluminatePerms.Spec;

/// <summary>A problem found in a permission spec, with its exact location.</summary>
#if BUILDING_SOURCE_GENERATOR
internal sealed class SpecDiagnostic
#else
public sealed class SpecDiagnostic
#endif
{
    /// <summary>Creates a diagnostic.</summary>
    public SpecDiagnostic(string id, SpecSeverity severity, string message, SourceSpan span)
    {
        Id = id;
        Severity = severity;
        Message = message;
        Span = span;
    }

    /// <summary>One of <see cref="SpecDiagnosticIds"/>.</summary>
    public string Id { get; }

    /// <summary>Default severity.</summary>
    public SpecSeverity Severity { get; }

    /// <summary>What is wrong and, where possible, how to fix it.</summary>
    public string Message { get; }

    /// <summary>Where in the spec.</summary>
    public SourceSpan Span { get; }

    /// <summary>"(12,1): error IP1006: ...", the way compilers print a problem.</summary>
    public override string ToString()
        => $"{Span}: {(Severity == SpecSeverity.Error ? "error" : "warning")} {Id}: {Message}";
}
