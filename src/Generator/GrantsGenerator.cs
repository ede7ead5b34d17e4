using IlluminatePerms.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace IlluminatePerms.Generator;

/// <summary>
/// Turns the permission spec (an AdditionalFile, by default permissions.csv) into a class of typed
/// Aeries grants, their set, a validator and the district admin's checklist. Problems in the spec
/// are reported as diagnostics at their line and column.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class GrantsGenerator : IIncrementalGenerator
{
    private const string RuntimeGrantSetType = "IlluminatePerms.Grants.GrantSet";

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var options = context.AnalyzerConfigOptionsProvider
            .Select((provider, _) => OptionsReader.Read(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.Options);

        var specs = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(pair => SpecFileSelector.IsSpec(pair.Left, pair.Right.GetOptions(pair.Left), SpecFileSelector.SpecFileName(pair.Right.GlobalOptions)))
            .Select((pair, cancellationToken) => new SpecSource(pair.Left.Path, pair.Left.GetText(cancellationToken)?.ToString()))
            .WithTrackingName(TrackingNames.SpecFiles)
            .Collect();

        var model = specs
            .Combine(options)
            .Select((pair, cancellationToken) => Parser.Parse(pair.Left, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Model);

        // The generated code uses the runtime's GrantSet; a bool keeps the compilation out of the pipeline.
        var runtimeReferenced = context.CompilationProvider
            .Select((compilation, _) => compilation.GetTypeByMetadataName(RuntimeGrantSetType) is not null)
            .WithTrackingName(TrackingNames.RuntimeReference);

        context.RegisterSourceOutput(model.Combine(runtimeReferenced), (production, pair) => Execute(production, pair.Left, pair.Right));
    }

    private static void Execute(SourceProductionContext context, GrantsModel model, bool runtimeReferenced)
    {
        foreach (var info in model.Diagnostics)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.All[info.Id], ToLocation(info), info.Message));
        }

        if (!model.HasSpec)
        {
            return;
        }

        if (!runtimeReferenced)
        {
            // Emitting anyway would bury this one cause under a CS0246 for every generated member.
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.RuntimeNotReferenced, Location.None));
            return;
        }

        var checklist = ChecklistRenderer.Render(model);
        context.CancellationToken.ThrowIfCancellationRequested();
        context.AddSource($"{model.ClassName}.g.cs", SourceText.From(Emitter.Emit(model, checklist), System.Text.Encoding.UTF8));
    }

    private static Location ToLocation(DiagnosticInfo info)
        => info.FilePath is null
            ? Location.None
            : SpecLocation.Create(info.FilePath, info.Offset, info.Length, info.StartLine, info.StartColumn, info.EndLine, info.EndColumn);
}
