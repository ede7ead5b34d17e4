using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using IlluminatePerms.Generator.Model;
using IlluminatePerms.Spec;

namespace IlluminatePerms.Generator;

/// <summary>
/// The generator's parser stage: turns the spec (the first of the candidate files, the others
/// reported) and the options into a <see cref="GrantsModel"/> of plain values and the diagnostics.
/// </summary>
internal static class Parser
{
    public static SpecReading Parse(ImmutableArray<SpecSource> specs, GeneratorOptions options, CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>(options.Problems);
        // No spec, or a blank one: nothing to generate. The analyzer reports it (IP0003 or IP1001),
        // since only it knows whether code uses grants: one diagnostic for one cause.
        var ordered = SpecFileSelector.InPriorityOrder(specs.IsDefault ? ImmutableArray<SpecSource>.Empty : specs, s => s.Path);
        if (ordered.Count == 0 || SpecFileSelector.IsBlank(ordered[0].Text))
        {
            return new SpecReading(null, new EquatableArray<DiagnosticInfo>(diagnostics.ToArray()));
        }

        var spec = ordered[0];
        foreach (var extra in ordered.Skip(1))
        {
            diagnostics.Add(new DiagnosticInfo(
                SpecDiagnosticIds.MultipleSpecs,
                $"More than one permission spec: '{extra.Path}' is ignored, '{spec.Path}' is used",
                extra.Path, 0, 0, 1, 1, 1, 1));
        }

        if (spec.LegacyEncoding is not null)
        {
            diagnostics.Add(new DiagnosticInfo(
                SpecDiagnosticIds.NotUtf8,
                $"The permission spec is not UTF-8: the compiler read it as {spec.LegacyEncoding}, so it reads differently on another machine. {SpecParser.SaveAsUtf8}",
                spec.Path, 0, 0, 1, 1, 1, 1));
        }

        var parsed = LastParsedSpec.Parse(spec.Text ?? string.Empty, cancellationToken);
        foreach (var problem in parsed.Diagnostics)
        {
            var span = problem.Span;
            diagnostics.Add(new DiagnosticInfo(problem.Id, problem.Message, spec.Path, span.Offset, span.Length, span.Line, span.Column, span.EndLine, span.EndColumn));
        }

        var rows = parsed.Rows
            .Select(row => new GrantRowModel(row.Area.Name, row.Area.Identifier, row.Area.Group, (int)row.Access, row.Reason, new EquatableArray<string>(row.Features.ToArray())))
            .ToArray();
        var features = FeatureModels.Read(parsed, options.ClassName, spec.Path, diagnostics);

        // Not behind an unreadable header: that one error comes first.
        if (parsed.ProductName is null && !parsed.IsUnreadable)
        {
            diagnostics.Add(new DiagnosticInfo(
                SpecDiagnosticIds.NoProductName,
                "The spec has no '# Product Name: ...' line: the admin checklist cannot tell the district what to enter as the Product Name in Aeries",
                spec.Path, 0, 0, 1, 1, 1, 1));
        }

        var model = new GrantsModel(
            options.Namespace,
            options.ClassName,
            options.Visibility,
            Path.GetFileName(spec.Path),
            parsed.ProductName,
            parsed.Comment,
            new EquatableArray<GrantRowModel>(rows),
            new EquatableArray<FeatureModel>(features));
        return new SpecReading(model, new EquatableArray<DiagnosticInfo>(diagnostics.ToArray()));
    }
}
