using System;
using GrantsSample;
using IlluminatePerms.Grants;

// Usage: GrantsSample [checklist | grants | validate "Area: Read; Area: Read, Update"]
var command = args.Length > 0 ? args[0] : "grants";
switch (command)
{
    case "checklist":
        Console.Write(RequiredGrants.AdminChecklist);
        return 0;

    case "grants":
        Console.WriteLine($"{RequiredGrants.ProductName} needs {RequiredGrants.All.Count} areas (from {RequiredGrants.SpecFile}):");
        foreach (var grant in RequiredGrants.All)
        {
            Console.WriteLine($"  {grant}");
        }

        Console.WriteLine($"The score write-back needs: {RequiredGrants.GradebookScores.Update}");
        return 0;

    case "validate" when args.Length > 1:
        var result = RequiredGrants.Validate(GrantSet.Parse(args[1]));
        Console.WriteLine($"Missing: {result.Missing}");
        Console.WriteLine($"Excess:  {result.Excess}");
        return result.IsSatisfied ? 0 : 1;

    default:
        Console.Error.WriteLine("usage: GrantsSample [checklist | grants | validate \"Area: Read; ...\"]");
        return 2;
}
