namespace IlluminatePerms.Spec;

/// <summary>A change to a spec's text: replace <paramref name="Length"/> characters at <paramref name="Start"/> with <paramref name="NewText"/>.</summary>
/// <param name="Start">Offset in the text.</param>
/// <param name="Length">Characters replaced (0 to insert).</param>
/// <param name="NewText">The text put there.</param>
#if BUILDING_SOURCE_GENERATOR
internal sealed record SpecEdit(int Start, int Length, string NewText);
#else
public sealed record SpecEdit(int Start, int Length, string NewText);
#endif
