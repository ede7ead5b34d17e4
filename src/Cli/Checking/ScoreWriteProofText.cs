using System.Globalization;
using IlluminatePerms.Checking;

namespace IlluminatePerms.Cli.Checking;

/// <summary>The text form of <c>--prove-score-write</c>: GRADEBOOK/ASSIGNMENT/STUDENT, as in the scores URL of Aeries.</summary>
internal static class ScoreWriteProofText
{
    /// <summary>The option's value as its help text names it.</summary>
    public const string Shape = "GRADEBOOK/ASSIGNMENT/STUDENT";

    /// <summary>What a value must be, for messages that name it without quoting it (an inventory's cell).</summary>
    public const string Expected = Shape + ", three positive whole numbers such as 4366926/1/99400001 (gradebook number, assignment number, student ID of a score that exists)";

    /// <summary>Reads <paramref name="text"/>, or says what was expected.</summary>
    /// <param name="text">What the user wrote, e.g. "4366926/1/99400001".</param>
    /// <param name="proof">The score to write back, when the text is one.</param>
    /// <param name="error">Why the text is not one, naming the expected form.</param>
    public static bool TryParse(string text, out ScoreWriteProof? proof, out string? error)
    {
        proof = null;
        var parts = text.Trim().Split('/');
        if (parts.Length == 3
            && Positive(parts[0]) is int gradebook
            && Positive(parts[1]) is int assignment
            && Positive(parts[2]) is int student)
        {
            proof = new ScoreWriteProof(gradebook, assignment, student);
            error = null;
            return true;
        }

        error = $"--prove-score-write expects {Expected}; got '{text}'.";
        return false;
    }

    private static int? Positive(string part)
        => int.TryParse(part.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : null;
}
