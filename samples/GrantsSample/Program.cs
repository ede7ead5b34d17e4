using System;
using GrantsSample;
using IlluminatePerms.Checklist;
using IlluminatePerms.Grants;

// Usage: GrantsSample [checklist [--html] | grants | validate "Area: Read; Area: Read, Update"]
var command = args.Length > 0 ? args[0] : "grants";
switch (command)
{
    case "checklist":
        var format = args.Length > 1 && args[1] == "--html" ? ChecklistFormat.Html : ChecklistFormat.Markdown;
        Console.Write(AdminChecklist.Render(RequiredGrants.Checklist, format));
        return 0;

    case "grants":
        Console.WriteLine($"{RequiredGrants.ProductName} needs {RequiredGrants.All.Count} areas (from {RequiredGrants.SpecFile}):");
        foreach (var grant in RequiredGrants.All)
        {
            Console.WriteLine($"  {grant}");
        }

        Console.WriteLine($"The score write-back needs: {RequiredGrants.GradebookScores.Update}");
        ScoreWriteBack.Describe();
        return 0;

    case "validate" when args.Length > 1:
        var result = RequiredGrants.Validate(GrantSet.Parse(args[1]));
        Console.WriteLine(result);
        return result.IsSatisfied ? 0 : 1;

    default:
        Console.Error.WriteLine("usage: GrantsSample [checklist [--html] | grants | validate \"Area: Read; ...\"]");
        return 2;
}

/// <summary>
/// A vendor's own code that declares the grant it needs. The IlluminatePerms analyzers check this
/// call against spec/permissions.csv: remove the Gradebook Scores row and the build fails here.
/// </summary>
internal static class ScoreWriteBack
{
    [RequiresGrant("Gradebook Scores", AeriesAccess.Update)]
    public static void Post() => Console.WriteLine("scores posted");

    public static void Describe()
    {
        Console.Write("Checked at build time: ");
        Post();
    }
}
