using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace IlluminatePerms.Analyzers.Tests.Harness;

/// <summary>Gives Fix All the diagnostics a test made, so a fix-all provider can be asked directly.</summary>
internal sealed class GivenDiagnostics : FixAllContext.DiagnosticProvider
{
    private readonly Func<Project, IEnumerable<Diagnostic>> ofProject;

    /// <summary>The same diagnostics for every document and project.</summary>
    public GivenDiagnostics(params Diagnostic[] diagnostics) => ofProject = _ => diagnostics;

    /// <summary>Each project's own diagnostics.</summary>
    public GivenDiagnostics(Func<Project, IEnumerable<Diagnostic>> ofProject) => this.ofProject = ofProject;

    public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken)
        => Task.FromResult(ofProject(project));

    public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
        => Task.FromResult(ofProject(document.Project));

    public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken)
        => Task.FromResult(ofProject(project));
}
