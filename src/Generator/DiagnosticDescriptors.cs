using System.Collections.Generic;
using IlluminatePerms.Spec;
using Microsoft.CodeAnalysis;

namespace IlluminatePerms.Generator;

/// <summary>
/// Every diagnostic of the generator (IP1xxx) and the analyzers (IP0xxx). Spec IDs and default severities mirror <see cref="SpecDiagnosticIds"/>
/// and the shared parser; messages come from the parser, so each descriptor's format is "{0}".
/// </summary>
internal static class DiagnosticDescriptors
{
    public const string SpecCategory = "IlluminatePerms.Spec";

    public const string UsageCategory = "IlluminatePerms.Usage";

    private const string HelpLinkBase = "https://github.com/illuminateperms/illuminateperms/blob/main/docs/diagnostics.md#";

    public static readonly DiagnosticDescriptor NoSpec = new(
        SpecDiagnosticIds.NoSpec,
        "No permission spec among AdditionalFiles",
        "The IlluminatePerms gate is on but {0}; no member with [RequiresGrant] is used yet. " + WhatToDo,
        SpecCategory,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "ip1001",
        customTags: WellKnownDiagnosticTags.CompilationEnd);
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
    public static readonly DiagnosticDescriptor ChangedAreaMeaning = Create(SpecDiagnosticIds.ChangedAreaMeaning, "Area name whose meaning changed", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor WrongSeparator = Create(SpecDiagnosticIds.WrongSeparator, "The spec's fields are not separated by commas", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor NotUtf8 = Create(SpecDiagnosticIds.NotUtf8, "The permission spec is not UTF-8", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor NoProductName = Create(SpecDiagnosticIds.NoProductName, "The spec names no product", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor PlaceholderReason = Create(SpecDiagnosticIds.PlaceholderReason, "Placeholder reason to rewrite", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor UnusableFeatureName = Create(SpecDiagnosticIds.UnusableFeatureName, "Feature without a C# member of its own", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor InvalidOption = Create("IP1013", "Invalid generator option", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor RuntimeNotReferenced = new(
        "IP1014",
        "The generated grants need IlluminatePerms.Runtime",
        "The permission spec was read, but the project does not reference IlluminatePerms.Runtime, whose GrantSet the generated class uses: reference the IlluminatePerms package (or the Runtime project)",
        SpecCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "ip1014");

    public static readonly DiagnosticDescriptor MissingGrant = new(
        "IP0001",
        "Code needs an Aeries grant that the permission spec lacks",
        "'{0}' needs '{1}', which {2} does not grant",
        UsageCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Add the grant to the spec (the code fix does it), or stop using the member. Districts tick what the spec lists, so the call would fail with 403 in production.",
        helpLinkUri: HelpLinkBase + "ip0001");

    public static readonly DiagnosticDescriptor UnusedGrant = new(
        "IP0002",
        "The permission spec grants what no code needs",
        "{0} grants '{1}', which no code in '{2}' needs",
        UsageCategory,
        DiagnosticSeverity.Info,
        isEnabledByDefault: false,
        description: "Least privilege: ask districts only for what the product uses. Off by default because a spec may serve several projects; turn it on with dotnet_diagnostic.IP0002.severity = warning.",
        helpLinkUri: HelpLinkBase + "ip0002",
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor NoSpecForUsage = new(
        "IP0003",
        "Members with [RequiresGrant] are used but there is no permission spec",
        "Members with [RequiresGrant] are used but {0}, so no call can be checked. " + WhatToDo,
        UsageCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The gate fails closed: without a spec the build fails instead of letting every call through unchecked.",
        helpLinkUri: HelpLinkBase + "ip0003",
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor UnknownAreaInAttribute = new(
        "IP0004",
        "[RequiresGrant] names an unknown Aeries area",
        "'{0}' declares [RequiresGrant(\"{1}\")], but '{1}' is not an Aeries API Security area (closest: '{2}')",
        UsageCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "ip0004");

    /// <summary>
    /// Carries the IP0001 code fix. Hidden and not configurable, so that `dotnet format` (which fixes
    /// diagnostics at Info and above) never widens the spec, while the IDE still offers the light bulb.
    /// </summary>
    public static readonly DiagnosticDescriptor AddGrantToSpec = new(
        "IP0005",
        "Add the grant to the permission spec",
        "Add '{1}' to {2} (needed by '{0}')",
        UsageCategory,
        DiagnosticSeverity.Hidden,
        isEnabledByDefault: true,
        description: "Widening what a district must grant is a deliberate act: this diagnostic only offers the fix in the IDE and is never raised by configuration.",
        helpLinkUri: HelpLinkBase + "ip0005",
        customTags: WellKnownDiagnosticTags.NotConfigurable);

    public static readonly DiagnosticDescriptor UnreadableSpecForUsage = new(
        "IP0006",
        "Members with [RequiresGrant] are used but the permission spec cannot be read",
        "Members with [RequiresGrant] are used but {0} cannot be read, so no call is checked against it: fix the error reported at its header",
        UsageCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "One error instead of an IP0001 at every call: with an unreadable header no row is read. The gate stays closed even if the spec's own error is configured away.",
        helpLinkUri: HelpLinkBase + "ip0006",
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>
    /// Every use of a member carrying [RequiresGrant], granted or not: the inventory <c>illuminate-perms
    /// spec infer</c> writes a minimal spec from. Off by default; IlluminatePermsReportGrantUse=true turns
    /// it on (the props add a global config). Its message has IP0001's shape, so one parser reads both.
    /// </summary>
    public static readonly DiagnosticDescriptor GrantUse = new(
        "IP0007",
        "A use of a member that needs an Aeries grant",
        "'{0}' needs '{1}'",
        UsageCategory,
        DiagnosticSeverity.Info,
        isEnabledByDefault: false,
        description: "Reported at every call, method group, property, event or constructor use of a member with [RequiresGrant], whether or not the spec grants it, so that a tool can list what the code needs.",
        helpLinkUri: HelpLinkBase + "ip0007");

    private const string WhatToDo =
        "Put permissions.csv in the project folder, name the spec with <IlluminatePermsSpecFile>, or add it as <AdditionalFiles Include=\"path/permissions.csv\" />; "
        + "to build without the gate on purpose, set <IlluminatePermsGate>false</IlluminatePermsGate>.";

    // Spec diagnostics the generator reports (IP1001 is the analyzer's: it alone knows whether anything is used).
    private static readonly Dictionary<string, DiagnosticDescriptor> ById = Index(
        MalformedCsv, WrongColumnCount, MissingHeader, EmptySpec, UnknownArea, UnknownAccess,
        UnsupportedAccess, DuplicateArea, MissingReason, GroupMismatch, MultipleSpecs, ChangedAreaMeaning, InvalidOption, RuntimeNotReferenced,
        WrongSeparator, NotUtf8, NoProductName, PlaceholderReason, UnusableFeatureName);

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
