using System.Collections.Generic;
using IlluminatePerms.Spec;
using Microsoft.CodeAnalysis;

namespace IlluminatePerms.Generator;

/// <summary>
/// The generator's diagnostics. IDs and default severities mirror <see cref="SpecDiagnosticIds"/>
/// and the shared parser; messages come from the parser, so each descriptor's format is "{0}".
/// </summary>
internal static class DiagnosticDescriptors
{
    public const string SpecCategory = "IlluminatePerms.Spec";

    private const string HelpLinkBase = "https://github.com/illuminateperms/illuminateperms/blob/main/docs/diagnostics.md#";

    public static readonly DiagnosticDescriptor NoSpec = Create(SpecDiagnosticIds.NoSpec, "No permission spec among AdditionalFiles", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor MalformedCsv = Create(SpecDiagnosticIds.MalformedCsv, "Malformed CSV", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor WrongColumnCount = Create(SpecDiagnosticIds.WrongColumnCount, "Wrong column count", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor MissingHeader = Create(SpecDiagnosticIds.MissingHeader, "Missing header", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor EmptySpec = Create(SpecDiagnosticIds.EmptySpec, "Empty permission spec", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor UnknownArea = Create(SpecDiagnosticIds.UnknownArea, "Unknown Aeries area", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor UnknownAccess = Create(SpecDiagnosticIds.UnknownAccess, "Unknown access level", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor UnsupportedAccess = Create(SpecDiagnosticIds.UnsupportedAccess, "Access not used by any known endpoint of the area", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor DuplicateArea = Create(SpecDiagnosticIds.DuplicateArea, "Duplicate area", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor MissingReason = Create(SpecDiagnosticIds.MissingReason, "Row without a reason", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor GroupMismatch = Create(SpecDiagnosticIds.GroupMismatch, "Group differs from the Aeries screen", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor MultipleSpecs = Create(SpecDiagnosticIds.MultipleSpecs, "More than one permission spec", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor InvalidOption = Create("IP1013", "Invalid generator option", DiagnosticSeverity.Error);

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = Index(
        NoSpec, MalformedCsv, WrongColumnCount, MissingHeader, EmptySpec, UnknownArea, UnknownAccess,
        UnsupportedAccess, DuplicateArea, MissingReason, GroupMismatch, MultipleSpecs, InvalidOption);

    /// <summary>Every descriptor, by ID.</summary>
    public static IReadOnlyDictionary<string, DiagnosticDescriptor> All => ById;

    private static DiagnosticDescriptor Create(string id, string title, DiagnosticSeverity severity)
        => new(id, title, "{0}", SpecCategory, severity, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + id.ToLowerInvariant());

    private static Dictionary<string, DiagnosticDescriptor> Index(params DiagnosticDescriptor[] descriptors)
    {
        var index = new Dictionary<string, DiagnosticDescriptor>();
        foreach (var descriptor in descriptors)
        {
            index.Add(descriptor.Id, descriptor);
        }

        return index;
    }
}
