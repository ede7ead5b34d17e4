using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;

namespace IlluminatePerms.Cli.Commands.Spec;

/// <summary>
/// The console output of a build, summarized as it is read: the first error lines (to show when it
/// fails), the last lines (for a failure that names no error), and counts; nothing else is kept,
/// however long the build talks.
/// </summary>
internal sealed class BuildOutput
{
    private const int TailLines = 10;

    private readonly int kept;
    private readonly List<string> errors = [];
    private readonly HashSet<string> seenErrors = new(StringComparer.Ordinal);
    private readonly Queue<string> tail = new();
    private readonly object gate = new();
    private int warnings;

    /// <summary>Keeps at most <paramref name="kept"/> error lines.</summary>
    public BuildOutput(int kept) => this.kept = kept;

    /// <summary>What to show of a failed build: its first error lines, or its last lines when it wrote no error line.</summary>
    public IReadOnlyList<string> Failure
    {
        get
        {
            lock (gate)
            {
                return errors.Count > 0 ? errors.ToArray() : tail.ToArray();
            }
        }
    }

    /// <summary>What <see cref="Failure"/> shows, for the failure's message: "3 error(s) above", "25 errors, the first 20 above", or that no line was an error.</summary>
    public string FailureShown
    {
        get
        {
            var count = ErrorCount;
            return count == 0 ? "no error line; its last lines are above"
                : count > kept ? $"{count} errors, the first {kept} above"
                : $"{count} error(s) above";
        }
    }

    /// <summary>How many distinct error lines the build wrote (MSBuild repeats each in its summary).</summary>
    public int ErrorCount
    {
        get
        {
            lock (gate)
            {
                return seenErrors.Count;
            }
        }
    }

    /// <summary>How many warning lines the build wrote.</summary>
    public int WarningCount
    {
        get
        {
            lock (gate)
            {
                return warnings;
            }
        }
    }

    /// <summary>Reads <paramref name="reader"/> to its end.</summary>
    public async Task ReadAsync(TextReader reader)
    {
        while (await reader.ReadLineAsync().ConfigureAwait(false) is { } line)
        {
            lock (gate)
            {
                Take(line.Trim());
            }
        }
    }

    private void Take(string line)
    {
        if (line.Length == 0)
        {
            return;
        }

        tail.Enqueue(line);
        if (tail.Count > TailLines)
        {
            tail.Dequeue();
        }

        // MSBuild's canonical form: "path(line,col): error CS1002: ..." or "MSBUILD : error MSB1009: ...".
        if (line.Contains(": warning ", StringComparison.Ordinal))
        {
            warnings++;
        }
        else if (line.Contains(": error ", StringComparison.Ordinal) && seenErrors.Add(line) && errors.Count < kept)
        {
            errors.Add(line);
        }
    }
}
