using System;

namespace IlluminatePerms.Spec;

/// <summary>
/// The reason a tool writes on a row it adds (<c>spec add-missing</c>, the IDE's code fix): it names the
/// code that needs the grant but not why, which only the author can say. It starts with
/// <see cref="Marker"/>, which the parser reports (IP1021) and the checklist command refuses, so that
/// it is rewritten before a district reads it.
/// </summary>
#if BUILDING_SOURCE_GENERATOR
internal static class PlaceholderReason
#else
public static class PlaceholderReason
#endif
{
    /// <summary>What every placeholder reason starts with.</summary>
    public const string Marker = "TODO:";

    /// <summary>The placeholder reason of a row needed by <paramref name="members"/> ("Type.Member, Type.Member").</summary>
    /// <param name="members">The members that need the row's grant.</param>
    internal static string For(string members) => $"{Marker} say why the product needs it (used by {members})";

    /// <summary>True when <paramref name="reason"/> is a placeholder still to be rewritten.</summary>
    /// <param name="reason">A row's reason, trimmed (as <see cref="SpecRow.Reason"/> is).</param>
    internal static bool Is(string reason) => reason.StartsWith(Marker, StringComparison.OrdinalIgnoreCase);
}
