using System;
using System.CommandLine;
using System.Linq;
using IlluminatePerms.Cli.Checking;

namespace IlluminatePerms.Cli.Commands;

/// <summary>
/// The error for a word typed where a command name belongs (<c>illuminate-perms chek</c>): it names
/// the word and, when one command is a slip of the keys away, that command, as git and gh do.
/// </summary>
internal static class CommandSuggestion
{
    /// <summary>Edits (a letter added, dropped, changed or two swapped) a mistyped name may be from the command it suggests; at most half the name's letters.</summary>
    private const int MaxEdits = 2;

    /// <summary>
    /// The message for an unknown command in <paramref name="parsed"/> (without "error: "), or null
    /// when its errors are of another kind.
    /// </summary>
    /// <param name="parsed">A parse with errors.</param>
    /// <param name="help">The help command to point at when no command is close.</param>
    public static string? ForUnknownCommand(ParseResult parsed, string help)
    {
        var command = parsed.CommandResult.Command;
        // Only a command that takes subcommands and no arguments of its own reads a bare word as a command name.
        if (command.Subcommands.Count == 0 || command.Arguments.Count > 0)
        {
            return null;
        }

        var word = parsed.UnmatchedTokens.FirstOrDefault(t => !t.StartsWith('-'));
        if (word is null)
        {
            return null;
        }

        // The word is echoed: a certificate pasted in its place is not.
        var shown = CertificateShape.Redact(word);
        var closest = command.Subcommands
            .Where(c => !c.Hidden)
            .Select(c => (c.Name, Edits: EditDistance(word.ToLowerInvariant(), c.Name)))
            .Where(c => c.Edits <= Math.Min(MaxEdits, c.Name.Length / 2))
            .OrderBy(c => c.Edits)
            .Select(c => c.Name)
            .FirstOrDefault();
        return closest is null
            ? $"unknown command '{shown}'. See '{help}' for the commands."
            : $"unknown command '{shown}'; did you mean '{closest}'?";
    }

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours, each one edit.</summary>
    private static int EditDistance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
