using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using IlluminatePerms.Cli.Files;
using IlluminatePerms.Cli.SpecChoice;
using IlluminatePerms.Grants;
using IlluminatePerms.Spec;

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
        var command = new Command("diff", "What changed between two specs (added, removed, changed access), as ticks in Aeries with the features each serves, and the features added or dropped. Exit 0 when no tick changed, 2 otherwise.") { oldSpec, newSpec, verbose };
        command.SetAction((parsed, _) => Guarded.RunAsync(environment, parsed.GetValue(verbose), () =>
        {
            var before = Load(environment, parsed.GetValue(oldSpec)!, "OLD");
            var after = Load(environment, parsed.GetValue(newSpec)!, "NEW");
            var features = FeatureChanges.Describe(before, after);
            var lines = Describe(before, after);
            foreach (var line in features.Concat(lines))
            {
                environment.Out.WriteLine(line);
            }

            // Only ticks ask anything of the district: a feature renamed or regrouped is news, not work.
            environment.Out.WriteLine(lines.Count > 0 ? $"{lines.Count} change(s)."
                : features.Count == 0 ? "No change: the district needs to do nothing."
                : "No change to the ticks: the district needs to do nothing.");
            return Task.FromResult(lines.Count == 0 ? ExitCodes.Success : ExitCodes.Missing);
        }));
        return command;
    }

    /// <summary>A spec named on the command line; a missing file is named as the argument it was.</summary>
    private static PermissionSpec Load(CliEnvironment environment, string argument, string role)
    {
        var path = environment.Resolve(argument);
        if (FileKinds.Of(path) == FileKind.Missing)
        {
            throw new CliException($"the {role} spec {path} does not exist: diff takes two paths of permissions.csv files, OLD then NEW.");
        }

        return SpecSource.Load(path);
    }

    /// <summary>One line per area whose access changed, in screen order, with the features the tick serves (NEW's for a tick, OLD's for an untick).</summary>
    internal static List<string> Describe(PermissionSpec before, PermissionSpec after)
    {
        var lines = new List<string>();
        foreach (var area in AreaCatalog.All)
        {
            var was = before.Grants.AccessTo(area);
            var now = after.Grants.AccessTo(area);
            var added = now & ~was;
            var removed = was & ~now;
            var where = $"{area.Name} (under {area.Group})";
            if (added != AeriesAccess.None)
            {
                var serves = FeatureChanges.For(after, area, "for");
                lines.Add(was == AeriesAccess.None
                    ? $"+ new area: tick {AccessText.Format(added)} on {where}{serves}"
                    : $"+ also tick {AccessText.Format(added)} on {where}{serves}");
            }

            if (removed != AeriesAccess.None)
            {
                var served = FeatureChanges.For(before, area, "was for");
                lines.Add(now == AeriesAccess.None
                    ? $"- no longer needed: untick {AccessText.Format(removed)} on {where} (the whole area){served}"
                    : $"- no longer needed: untick {AccessText.Format(removed)} on {where}{served}");
            }
        }

        return lines;
    }
}
