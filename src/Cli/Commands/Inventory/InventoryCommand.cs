using System.CommandLine;
using System.Threading;
using System.Threading.Tasks;
using IlluminatePerms.Cli.Checking;
using IlluminatePerms.Cli.Reports;
using IlluminatePerms.Cli.SpecChoice;

namespace IlluminatePerms.Cli.Commands.Inventory;

/// <summary>
/// <c>inventory FILE</c>: the fleet check, many districts in one run, with only the options that
/// make sense for many districts (<c>check --inventory FILE</c> is the older spelling and comes here too).
/// </summary>
internal static class InventoryCommand
{
    /// <summary>The --format words, the default first: each district's report is a file, so no table.</summary>
    private static readonly string[] Formats = ["json", "markdown", "sarif", "html"];

    /// <summary>Where the reports go without --output.</summary>
    private const string DefaultOutput = "illuminate-perms-reports";

    /// <summary>Creates the command.</summary>
    public static Command Create(CliEnvironment environment)
    {
        var file = new Argument<string>("FILE") { Description = $"The districts: a CSV (name,base_url,certificate, optionally {InventoryFile.ScoreWriteColumn}) or a JSON array; certificate is env:VARIABLE or file:PATH, never the certificate itself; {InventoryFile.ScoreWriteColumn} is that district's GRADEBOOK/ASSIGNMENT/STUDENT to prove Gradebook Scores: Update by a no-op write." };
        var specPath = SpecOption.Create();
        var format = ChoiceOption.Create("--format", "Each district's report format.", Formats);
        var output = new Option<string?>("--output", "-o") { Description = $"The directory for one report per district and summary.json (default {DefaultOutput})." };
        var previous = new Option<string?>("--previous") { Description = "The summary.json of an earlier run, to show what changed." };
        var districts = DistrictsOption();
        var limits = new CallLimitOptions();
        var verbose = new Option<bool>("--verbose") { Description = "Details of errors." };

        var command = new Command("inventory", "Checks many districts in one run: one report per district and summary.json in a directory, a summary table, and what changed since a previous run. Exit 0 all there, 2 a district misses a grant, 1 a district could not be checked.")
        {
            file, specPath, format, output, previous, districts,
        };
        foreach (var option in limits.All)
        {
            command.Options.Add(option);
        }

        command.Options.Add(verbose);

        command.SetAction((parsed, cancellationToken) => Guarded.RunAsync(environment, parsed.GetValue(verbose), () => RunAsync(
            environment,
            SpecSource.Choose(environment, parsed.GetValue(specPath)),
            new InventoryRun(parsed.GetValue(file)!, ChoiceOption.Value<ReportFormat>(parsed, format), parsed.GetValue(output), parsed.GetValue(previous), parsed.GetValue(districts), limits.Read(parsed)),
            cancellationToken)));
        return command;
    }

    /// <summary>--districts: how many districts are checked at once.</summary>
    public static Option<int> DistrictsOption()
    {
        var districts = new Option<int>("--districts") { Description = "Districts checked at once.", DefaultValueFactory = _ => 32 };
        districts.Validators.Add(r => { if (r.GetValueOrDefault<int>() is < 1 or > 256) { r.AddError("--districts must be between 1 and 256."); } });
        return districts;
    }

    /// <summary>Runs the inventory against the spec already chosen; returns the exit code (<see cref="InventoryCheck.RunAsync"/>).</summary>
    public static async Task<int> RunAsync(CliEnvironment environment, ChosenSpec chosen, InventoryRun run, CancellationToken cancellationToken)
    {
        if (run.Output is "-")
        {
            throw new CliException("--output - is standard output, but an inventory writes a directory of reports and summary.json: give a directory's path.");
        }

        SpecSource.Announce(environment, chosen);
        return await InventoryCheck.RunAsync(environment, environment.Resolve(run.Inventory), chosen, environment.Resolve(run.Output ?? DefaultOutput), run.Previous is null ? null : environment.Resolve(run.Previous), run.Format, run.Districts, run.Limits, cancellationToken).ConfigureAwait(false);
    }
}
