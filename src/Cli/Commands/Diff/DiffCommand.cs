using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Threading.Tasks;
using IlluminatePerms.Cli.Files;
using IlluminatePerms.Cli.SpecChoice;
using IlluminatePerms.Grants;

namespace IlluminatePerms.Cli.Commands.Diff;

/// <summary><c>diff OLD NEW</c>: what a new version of the spec asks of a district, in the admin's words.</summary>
internal static class DiffCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliEnvironment environment)
    {
        var oldSpec = new Argument<string>("old") { Description = "The spec the district set up for." };
        var newSpec = new Argument<string>("new") { Description = "The new version of the spec." };
        var verbose = new Option<bool>("--verbose") { Description = "Details of errors." };
        var command = new Command("diff", "What changed between two specs (added, removed, changed access), as ticks in Aeries. Exit 0 unchanged, 2 changed.") { oldSpec, newSpec, verbose };
        command.SetAction((parsed, _) => Guarded.RunAsync(environment, parsed.GetValue(verbose), () =>
        {
            var before = Load(environment, parsed.GetValue(oldSpec)!, "OLD");
            var after = Load(environment, parsed.GetValue(newSpec)!, "NEW");
            var lines = Describe(before, after);
            foreach (var line in lines)
            {
                environment.Out.WriteLine(line);
            }

            environment.Out.WriteLine(lines.Count == 0 ? "No change: the district needs to do nothing." : $"{lines.Count} change(s).");
            return Task.FromResult(lines.Count == 0 ? ExitCodes.Success : ExitCodes.Missing);
        }));
        return command;
    }

    /// <summary>The grants of a spec named on the command line; a missing file is named as the argument it was.</summary>
    private static GrantSet Load(CliEnvironment environment, string argument, string role)
    {
        var path = environment.Resolve(argument);
        if (FileKinds.Of(path) == FileKind.Missing)
        {
            throw new CliException($"the {role} spec {path} does not exist: diff takes two paths of permissions.csv files, OLD then NEW.");
        }

        return SpecSource.Load(path).Grants;
    }

    /// <summary>One line per area whose access changed, in screen order.</summary>
    internal static List<string> Describe(GrantSet before, GrantSet after)
    {
        var lines = new List<string>();
        foreach (var area in AreaCatalog.All)
        {
            var was = before.AccessTo(area);
            var now = after.AccessTo(area);
            var added = now & ~was;
            var removed = was & ~now;
            var where = $"{area.Name} (under {area.Group})";
            if (added != AeriesAccess.None)
            {
                lines.Add(was == AeriesAccess.None
                    ? $"+ new area: tick {AccessText.Format(added)} on {where}"
                    : $"+ also tick {AccessText.Format(added)} on {where}");
            }

            if (removed != AeriesAccess.None)
            {
                lines.Add(now == AeriesAccess.None
                    ? $"- no longer needed: untick {AccessText.Format(removed)} on {where} (the whole area)"
                    : $"- no longer needed: untick {AccessText.Format(removed)} on {where}");
            }
        }

        return lines;
    }
}
