namespace IlluminatePerms.MockAeries.Data;

/// <summary>
/// A stateless mix of a seed and some keys into a well-spread number (SplitMix64). Records that are
/// computed on demand (scores, attendance, tests …) use it, so they are the same on every request
/// and every run without being stored.
/// </summary>
internal static class DeterministicHash
{
    public static ulong Of(int seed, long a, long b = 0, long c = 0)
    {
        var x = Mix((ulong)seed * 0x9E3779B97F4A7C15UL);
        x = Mix(x ^ (ulong)a);
        x = Mix(x ^ (ulong)b);
        return Mix(x ^ (ulong)c);
    }

    /// <summary>A number in [0, <paramref name="range"/>).</summary>
    public static int Below(int range, int seed, long a, long b = 0, long c = 0) => (int)(Of(seed, a, b, c) % (ulong)range);

    private static ulong Mix(ulong z)
    {
        z += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
