using System.Text;

namespace IlluminatePerms.Generator;

/// <summary>
/// The C# name of a feature's member of the generated <c>Features</c> class, derived from the name the
/// spec writes: "Gradebook sync" is <c>GradebookSync</c>, "early-warning reports" <c>EarlyWarningReports</c>.
/// </summary>
internal static class FeatureMemberName
{
    /// <summary>What goes before a name that would start with a digit ("504 plans" is <c>_504Plans</c>).</summary>
    private const string DigitPrefix = "_";

    /// <summary>
    /// The PascalCase of the name's words, a word being a run of letters and digits (everything else
    /// separates words and is dropped); null when the name has no letter or digit. A word keeps the case
    /// of its other letters ("GPA" stays "GPA"). The result is never a C# keyword: every keyword is
    /// lowercase and the result starts with a capital, a digit's prefix or a letter without case.
    /// </summary>
    public static string? From(string name)
    {
        var member = new StringBuilder(name.Length);
        var startOfWord = true;
        foreach (var c in name)
        {
            if (!char.IsLetterOrDigit(c))
            {
                startOfWord = true;
                continue;
            }

            member.Append(startOfWord ? char.ToUpperInvariant(c) : c);
            startOfWord = false;
        }

        if (member.Length == 0)
        {
            return null;
        }

        return char.IsDigit(member[0]) ? DigitPrefix + member : member.ToString();
    }
}
