using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using IlluminatePerms.Checking.Report;

namespace IlluminatePerms.Cli.Commands.Check;

/// <summary>
/// The identifiers a user can give <c>check</c> where the certificate cannot reveal one (a narrow
/// spec without Student Data, say): <c>--school</c>, <c>--student</c>, <c>--staff</c>,
/// <c>--section</c> and <c>--score</c>, as the placeholders of the probes they fill, and the hint
/// a blocked result gets naming the option that unblocks it.
/// </summary>
internal sealed class IdentifierOptions
{
    private static readonly (string Option, string Value, string[] Identifiers, string Description)[] Known =
    [
        ("--school", "CODE", ["SchoolCode"], "The school to probe (default: the first school the certificate sees)."),
        ("--student", "ID", ["StudentID"], "A student's ID to probe with where the certificate cannot find one (it lacks Student Data: Read and every read that lists students)."),
        ("--staff", "ID", ["StaffID"], "A staff member's ID to probe with where the certificate cannot find one (it lacks Teacher Data, Master Schedule and Staff Data)."),
        ("--section", "NUMBER", ["SectionNumber"], "A section number of the school to probe with (a section's gradebooks) where no staff member can be found."),
        ("--score", "GRADEBOOK/ASSIGNMENT", ["GradebookNumber", "AssignmentNumber"], "An assignment whose scores to read (gradebook number/assignment number) where no gradebook can be found."),
    ];

    private readonly Option<string?>[] options = Known.Select(k => new Option<string?>(k.Option) { Description = k.Description, HelpName = k.Value }).ToArray();

    /// <summary>The options, to add to the command.</summary>
    public IEnumerable<Option> All => options;

    /// <summary>The option and its value's shape that gives <paramref name="identifier"/> ("--student ID"), or null when none does.</summary>
    public static string? For(string identifier)
    {
        // A student number and an assignment's unique ID are found through what these options give.
        var wanted = identifier switch
        {
            "StudentNumber" => "StudentID",
            "UniqueID" => "GradebookNumber",
            _ => identifier,
        };
        return Known.FirstOrDefault(k => k.Identifiers.Contains(wanted)) is { Option: not null } known ? $"{known.Option} {known.Value}" : null;
    }

    /// <summary>
    /// The report with each result blocked on an identifier also saying which option gives it
    /// ("… Give one with --student ID."), so a person sees how to check that grant too.
    /// </summary>
    public static GrantCheckReport WithHints(GrantCheckReport report)
        => report with
        {
            Results = report.Results.Select(r => r.NeededIdentifier is { } name && For(name) is { } option
                ? r with { Reason = $"{r.Reason.TrimEnd()} Give one with {option}." }
                : r).ToList(),
        };

    /// <summary>The identifiers given on the command line, by placeholder name; a usage error names a malformed one.</summary>
    public IReadOnlyDictionary<string, string> Read(ParseResult parsed)
    {
        var given = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < Known.Length; i++)
        {
            if (parsed.GetValue(options[i]) is not { } text)
            {
                continue;
            }

            var (option, shape, identifiers, _) = Known[i];
            var parts = text.Trim().Split('/');
            if (parts.Length != identifiers.Length || parts.Any(p => !int.TryParse(p.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n <= 0))
            {
                throw new CliException($"{option} expects {shape} ({(identifiers.Length == 1 ? "a positive whole number" : $"{identifiers.Length} positive whole numbers separated by '/'")}); got '{text}'.");
            }

            for (var j = 0; j < identifiers.Length; j++)
            {
                given[identifiers[j]] = int.Parse(parts[j].Trim(), NumberStyles.None, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
            }
        }

        return given;
    }
}
