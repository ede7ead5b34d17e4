using System.Collections.Generic;
using System.Threading;
using IlluminatePerms.Generator.Diagnostics;
using IlluminatePerms.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace IlluminatePerms.Generator;

/// <summary>
/// Turns the permission spec (an AdditionalFile, by default permissions.csv) into a class of typed
/// Aeries grants, their set, a validator and the model of the district admin's checklist. Problems
/// in the spec are reported as diagnostics at their line and column.
/// </summary>
/// <remarks>
/// Source and diagnostics take separate outputs (as the LoggerMessage and System.Text.Json
/// generators do): the source depends on values that hold nothing positional, so an edit that
/// changes no data (a comment line, blank lines) moves diagnostics without re-emitting source.
/// </remarks>
[Generator(LanguageNames.CSharp)]
public sealed class GrantsGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var options = context.AnalyzerConfigOptionsProvider
            .Select((provider, _) => OptionsReader.Read(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.Options);

        var specs = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(pair => SpecFileSelector.IsSpec(pair.Left, pair.Right.GetOptions(pair.Left), SpecFileSelector.SpecFileName(pair.Right.GlobalOptions)))
            .Select((pair, cancellationToken) => Read(pair.Left, cancellationToken))
            .WithTrackingName(TrackingNames.SpecFiles)
            .Collect();

        var reading = specs
            .Combine(options)
            .Select((pair, cancellationToken) => Parser.Parse(pair.Left, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Reading);

        var source = reading
            .Select((value, _) => value.Source)
            .WithTrackingName(TrackingNames.SourceModel);

        var diagnostics = reading
            .Select((value, _) => new SpecDiagnostics(value.Diagnostics, value.Source is not null))
            .WithTrackingName(TrackingNames.Diagnostics);

        // Facts of the compilation as values, so that the compilation stays out of the pipeline.
        var facts = context.CompilationProvider
            .Select((compilation, cancellationToken) => new CompilationFacts(
                RuntimeAssembly.IsReferenced(compilation),
                RuntimeAssembly.IsClientReferenced(compilation),
                ConfiguredSeverity.ForCSharpFiles(compilation, DiagnosticDescriptors.All.Keys, cancellationToken)))
            .WithTrackingName(TrackingNames.CompilationFacts);

        // The source depends on this alone, so a severity edit in .editorconfig does not re-emit it.
        var runtimeReference = facts
            .Select((value, _) => new RuntimeReference(value.RuntimeReferenced, value.ClientReferenced))
            .WithTrackingName(TrackingNames.RuntimeReference);

        context.RegisterSourceOutput(source.Combine(runtimeReference), (production, pair) => EmitSource(production, pair.Left, pair.Right));
        context.RegisterSourceOutput(diagnostics.Combine(facts), (production, pair) => ReportDiagnostics(production, pair.Left, pair.Right));
    }

    private static SpecSource Read(AdditionalText file, CancellationToken cancellationToken)
    {
        var text = file.GetText(cancellationToken);
        var encoding = text?.Encoding;
        var legacy = encoding is null || IsUnicode(encoding.CodePage) ? null : encoding.WebName;
        return new SpecSource(file.Path, text?.ToString(), legacy);
    }

    // UTF-8, UTF-16 LE/BE and UTF-32 LE/BE.
    private static bool IsUnicode(int codePage) => codePage is 65001 or 1200 or 1201 or 12000 or 12001;

    private static void EmitSource(SourceProductionContext context, GrantsModel? model, RuntimeReference references)
    {
        // Without the runtime, emitting would bury the one cause (IP1014) under a CS0246 for every generated member.
        if (model is null || !references.IsReferenced)
        {
            return;
        }

        context.AddSource($"{model.ClassName}.g.cs", SourceText.From(Emitter.Emit(model, references.ClientReferenced), System.Text.Encoding.UTF8));
    }

    private static void ReportDiagnostics(SourceProductionContext context, SpecDiagnostics diagnostics, CompilationFacts facts)
    {
        foreach (var info in diagnostics.Items)
        {
            Report(context, facts.Severities, DiagnosticDescriptors.All[info.Id], ToLocation(info), info.Message);
        }

        if (diagnostics.HasSpec && !facts.RuntimeReferenced)
        {
            Report(context, facts.Severities, DiagnosticDescriptors.RuntimeNotReferenced, Location.None);
        }
    }

    private static void Report(SourceProductionContext context, IReadOnlyList<SeverityOverride> severities, DiagnosticDescriptor descriptor, Location location, params object[] arguments)
    {
        if (ConfiguredSeverity.Create(descriptor, ConfiguredSeverity.Find(severities, descriptor.Id), location, arguments) is { } diagnostic)
        {
            context.ReportDiagnostic(diagnostic);
        }
    }

    private static Location ToLocation(DiagnosticInfo info)
        => info.FilePath is null
            ? Location.None
            : SpecLocation.Create(info.FilePath, info.Offset, info.Length, info.StartLine, info.StartColumn, info.EndLine, info.EndColumn);
}
