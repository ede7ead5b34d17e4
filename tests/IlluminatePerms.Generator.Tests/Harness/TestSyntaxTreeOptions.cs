using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace IlluminatePerms.Generator.Tests.Harness;

/// <summary>Per-file diagnostic severities, as the compiler builds them from `.editorconfig` sections.</summary>
internal sealed class TestSyntaxTreeOptions(IReadOnlyDictionary<string, ReportDiagnostic> severities) : SyntaxTreeOptionsProvider
{
    public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.Unknown;

    /// <summary>The paths of the files asked about, so tests can see how far a lookup reaches.</summary>
    public System.Collections.Concurrent.ConcurrentDictionary<string, bool> AskedFiles { get; } = new();

    public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
    {
        AskedFiles[tree.FilePath] = true;
        return severities.TryGetValue(diagnosticId, out severity);
    }

    public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
    {
        severity = ReportDiagnostic.Default;
        return false;
    }
}
