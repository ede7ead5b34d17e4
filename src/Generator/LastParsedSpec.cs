using System;
using System.Threading;
using IlluminatePerms.Spec;

namespace IlluminatePerms.Generator;

/// <summary>
/// The spec parsed last in this compiler process. The generator and the analyzer read the same
/// AdditionalFile in the same process, one after the other: with this, the analyzer takes the
/// generator's parse instead of parsing the text again (for a 5,000-row spec, tens of milliseconds
/// per build). Keyed by the text itself, since the parse depends on nothing else; one entry, so it
/// holds at most one spec however many projects a process compiles.
/// </summary>
internal static class LastParsedSpec
{
    private static Entry? last;

    /// <summary>The parse of <paramref name="text"/>: the last one when its text is the same, else a new one.</summary>
    public static PermissionSpec Parse(string text, CancellationToken cancellationToken)
    {
        var entry = Volatile.Read(ref last);
        if (entry is not null && string.Equals(entry.Text, text, StringComparison.Ordinal))
        {
            return entry.Spec;
        }

        var spec = SpecParser.Parse(text, cancellationToken);
        Volatile.Write(ref last, new Entry(text, spec));
        return spec;
    }

    private sealed class Entry
    {
        public Entry(string text, PermissionSpec spec)
        {
            Text = text;
            Spec = spec;
        }

        public string Text { get; }

        public PermissionSpec Spec { get; }
    }
}
