using System;
using System.Collections.Generic;
using System.Text;

namespace IlluminatePerms.Grants;

/// <summary>
/// Reads and writes access levels the way the Aeries article writes them: "Read", "Read, Update".
/// </summary>
#if BUILDING_SOURCE_GENERATOR
internal static class AccessText
#else
public static class AccessText
#endif
{
    // Screen order of the Aeries grid is Read, Update, Insert, Delete; the text form follows it
    // so that a spec reads like the screen an admin ticks.
    private static readonly AeriesAccess[] ScreenOrder =
    {
        AeriesAccess.Read, AeriesAccess.Update, AeriesAccess.Insert, AeriesAccess.Delete,
    };

    /// <summary>The single access levels in the order of the Aeries grid's columns.</summary>
    public static IReadOnlyList<AeriesAccess> Levels => ScreenOrder;

    /// <summary>Formats <paramref name="access"/> as "Read, Update" (grid order); "None" when empty.</summary>
    public static string Format(AeriesAccess access)
    {
        if (access == AeriesAccess.None)
        {
            return "None";
        }

        var text = new StringBuilder();
        foreach (var level in ScreenOrder)
        {
            if ((access & level) != 0)
            {
                if (text.Length > 0)
                {
                    text.Append(", ");
                }

                text.Append(level.ToString());
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// Parses one level name ("Read", "update", " Insert ") case-insensitively.
    /// Returns false for anything else, including combined values.
    /// </summary>
    public static bool TryParseLevel(string text, out AeriesAccess level)
    {
        var trimmed = text.Trim();
        foreach (var candidate in ScreenOrder)
        {
            if (string.Equals(candidate.ToString(), trimmed, StringComparison.OrdinalIgnoreCase))
            {
                level = candidate;
                return true;
            }
        }

        level = AeriesAccess.None;
        return false;
    }

    /// <summary>
    /// Parses a list such as "Read, Update" into flags. Returns false, with the first
    /// unrecognised item, when any item is not a level name.
    /// </summary>
    public static bool TryParse(string text, out AeriesAccess access, out string? unknownItem)
    {
        access = AeriesAccess.None;
        unknownItem = null;
        foreach (var item in text.Split(','))
        {
            if (!TryParseLevel(item, out var level))
            {
                unknownItem = item.Trim();
                return false;
            }

            access |= level;
        }

        return true;
    }
}
