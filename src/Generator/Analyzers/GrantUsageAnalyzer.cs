using System.Collections.Immutable;
using IlluminatePerms.Generator.Diagnostics;
using IlluminatePerms.Grants;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace IlluminatePerms.Generator.Analyzers;

/// <summary>
/// Compares what code uses with what the permission spec grants. Every use of a member that carries
/// [RequiresGrant] (a call, a method group, a property, an event or a constructor), generated code
/// included, must be covered by the spec (IP0001, with the hidden IP0005 that carries the code fix);
/// a spec grant that nothing uses is reported at its CSV row (IP0002, off by default); using such
/// members without a spec fails the build with one error (IP0003), and a project with the gate on but
/// no spec and no use gets one warning (IP1001). An unknown area is reported once, at the attribute
/// (IP0004). Every use is also IP0007, off by default: the inventory of what the code needs. With
/// IlluminatePermsGate=false nothing is checked; only IP0007 is reported, and only when
/// IlluminatePermsReportGrantUse=true asks for it.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class GrantUsageAnalyzer : DiagnosticAnalyzer
{
    // The operations that use a member: a call, a method group, a property, an event, a constructor.
    private static readonly OperationKind[] UseKinds =
    [
        OperationKind.Invocation,
        OperationKind.MethodReference,
        OperationKind.PropertyReference,
        OperationKind.EventReference,
        OperationKind.ObjectCreation,
    ];

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.MissingGrant,
        DiagnosticDescriptors.UnusedGrant,
        DiagnosticDescriptors.NoSpecForUsage,
        DiagnosticDescriptors.UnknownAreaInAttribute,
        DiagnosticDescriptors.AddGrantToSpec,
        DiagnosticDescriptors.NoSpec,
        DiagnosticDescriptors.UnreadableSpecForUsage,
        DiagnosticDescriptors.GrantUse);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();

        // A call that generated code makes needs its grant like any other (and counts as a use).
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var attributeType = context.Compilation.GetTypeByMetadataName(GrantRequirementReader.AttributeMetadataName);
        var globalOptions = context.Options.AnalyzerConfigOptionsProvider.GlobalOptions;
        if (attributeType is null)
        {
            return;
        }

        if (!OptionsReader.GateIsOn(globalOptions))
        {
            if (GrantUseReporting.IsRequested(globalOptions))
            {
                var uses = new GrantRequirementReader(attributeType);
                context.RegisterOperationAction(operationContext => ReportUses(operationContext, uses), UseKinds);
            }

            return;
        }

        var loaded = SpecInCompilation.Load(context.Options, context.CancellationToken, out var absence);

        // An unreadable header means no row was read: one IP0006 at the end stands in for an IP0001 at every call.
        var unreadable = loaded is { Spec.IsUnreadable: true } ? loaded : null;
        var spec = unreadable is null ? loaded : null;
        var reader = new GrantRequirementReader(attributeType);
        var used = new UsedGrants();

        context.RegisterSymbolAction(
            symbolContext => ReportUnknownAreas(symbolContext, reader),
            SymbolKind.NamedType,
            SymbolKind.Method,
            SymbolKind.Property);

        context.RegisterOperationAction(operationContext => CheckUse(operationContext, reader, spec, used), UseKinds);

        context.RegisterCompilationEndAction(endContext =>
        {
            if (unreadable is not null)
            {
                if (used.Any)
                {
                    endContext.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UnreadableSpecForUsage, Location.None, unreadable.FileName));
                }

                return;
            }

            ReportAtEnd(endContext, spec, absence, used);
        });
    }

    /// <summary>IP0004, once per attribute that names an unknown area, at the attribute.</summary>
    private static void ReportUnknownAreas(SymbolAnalysisContext context, GrantRequirementReader reader)
    {
        foreach (var attribute in context.Symbol.GetAttributes())
        {
            if (reader.ReadAttribute(attribute) is { Area: null } requirement && attribute.ApplicationSyntaxReference is { } syntax)
            {
                context.ReportDiagnostic(UnknownArea(syntax.GetSyntax(context.CancellationToken).GetLocation(), context.Symbol, requirement));
            }
        }
    }

    private static Diagnostic UnknownArea(Location location, ISymbol member, GrantRequirement requirement)
        => Diagnostic.Create(
            DiagnosticDescriptors.UnknownAreaInAttribute,
            location,
            MemberName(member),
            requirement.AreaName,
            AreaCatalog.FindClosest(requirement.AreaName)?.Name ?? "?");

    /// <summary>The gate off, reporting asked for: IP0007 at every use of a known area, nothing checked.</summary>
    private static void ReportUses(OperationAnalysisContext context, GrantRequirementReader reader)
    {
        if (UsedMember(context.Operation) is not { } member)
        {
            return;
        }

        foreach (var requirement in Requirements(context.Operation, member, reader))
        {
            if (requirement.Area is not null)
            {
                ReportUse(context, member, requirement.Area, requirement.Access);
            }
        }
    }

    /// <summary>IP0007: the member and the whole grant it needs (IP0001's shape).</summary>
    private static void ReportUse(OperationAnalysisContext context, ISymbol member, AeriesArea area, AeriesAccess access)
        => context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.GrantUse,
            context.Operation.Syntax.GetLocation(),
            MemberName(member),
            new Grant(area, access).ToString()));

    /// <summary>What a use of <paramref name="member"/> needs: empty inside nameof, or when the member needs no grant.</summary>
    private static ImmutableArray<GrantRequirement> Requirements(IOperation operation, ISymbol member, GrantRequirementReader reader)
        => IsInsideNameof(operation) ? ImmutableArray<GrantRequirement>.Empty : reader.Read(member);

    private static void CheckUse(OperationAnalysisContext context, GrantRequirementReader reader, SpecInCompilation? spec, UsedGrants used)
    {
        if (UsedMember(context.Operation) is not { } member)
        {
            return;
        }

        var requirements = Requirements(context.Operation, member, reader);
        if (requirements.IsEmpty)
        {
            return;
        }

        used.MarkAttributeUsed();
        foreach (var requirement in requirements)
        {
            if (requirement.Area is null)
            {
                // An attribute in this compilation is reported once, where it is written; one in a
                // referenced assembly can only be shown where it is used.
                if (!requirement.InSource)
                {
                    context.ReportDiagnostic(UnknownArea(context.Operation.Syntax.GetLocation(), member, requirement));
                }

                continue;
            }

            used.Add(requirement.Area, requirement.Access);
            ReportUse(context, member, requirement.Area, requirement.Access);
            if (spec is null)
            {
                continue;
            }

            var missing = requirement.Access & ~spec.Spec.Grants.AccessTo(requirement.Area);
            if (missing == AeriesAccess.None)
            {
                continue;
            }

            var grant = new Grant(requirement.Area, missing);
            var properties = ImmutableDictionary<string, string?>.Empty
                .Add(MissingGrantProperties.Area, requirement.Area.Name)
                .Add(MissingGrantProperties.Access, AccessText.Format(missing))
                .Add(MissingGrantProperties.Member, MemberName(member))
                .Add(MissingGrantProperties.SpecPath, spec.Path);
            foreach (var descriptor in new[] { DiagnosticDescriptors.MissingGrant, DiagnosticDescriptors.AddGrantToSpec })
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    descriptor,
                    context.Operation.Syntax.GetLocation(),
                    properties,
                    MemberName(member),
                    grant.ToString(),
                    spec.FileName));
            }
        }
    }

    private static void ReportAtEnd(CompilationAnalysisContext context, SpecInCompilation? spec, string absence, UsedGrants used)
    {
        if (spec is null)
        {
            context.ReportDiagnostic(Diagnostic.Create(used.Any ? DiagnosticDescriptors.NoSpecForUsage : DiagnosticDescriptors.NoSpec, Location.None, absence));
            return;
        }

        var needed = used.ToGrantSet();
        var severity = ConfiguredSeverity.ForCSharpFiles(context.Compilation, DiagnosticDescriptors.UnusedGrant.Id, context.CancellationToken);
        foreach (var row in spec.Spec.Rows)
        {
            var unused = row.Access & ~needed.AccessTo(row.Area);
            var diagnostic = unused == AeriesAccess.None ? null : ConfiguredSeverity.Create(
                DiagnosticDescriptors.UnusedGrant,
                severity,
                SpecLocation.Create(spec.Path, row.Span),
                spec.FileName,
                new Grant(row.Area, unused).ToString(),
                context.Compilation.AssemblyName ?? string.Empty);
            if (diagnostic is not null)
            {
                context.ReportDiagnostic(diagnostic);
            }
        }
    }

    private static ISymbol? UsedMember(IOperation operation) => operation switch
    {
        IInvocationOperation invocation => invocation.TargetMethod,
        IMethodReferenceOperation reference => reference.Method,
        IPropertyReferenceOperation property => property.Property,
        IEventReferenceOperation @event => @event.Event,
        IObjectCreationOperation creation => creation.Constructor,
        _ => null,
    };

    private static bool IsInsideNameof(IOperation operation)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current is INameOfOperation)
            {
                return true;
            }
        }

        return false;
    }

    private static string MemberName(ISymbol member) => member switch
    {
        IMethodSymbol { MethodKind: MethodKind.Constructor, ContainingType: { } type } => type.Name,
        INamedTypeSymbol { ContainingType: null } => member.Name,
        _ => $"{member.ContainingType?.Name}.{member.Name}",
    };
}
