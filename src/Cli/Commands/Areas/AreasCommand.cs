using System.CommandLine;
using System.Threading.Tasks;
using IlluminatePerms.Contract;
using IlluminatePerms.Grants;
using Spectre.Console;

namespace IlluminatePerms.Cli.Commands.Areas;

/// <summary><c>areas</c>: the catalog, the answer to "what do I write in the CSV?".</summary>
internal static class AreasCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliEnvironment environment)
    {
        var command = new Command("areas", "Every Aeries area with its group, the access levels its endpoints use, and how a check can verify it.");
        command.SetAction(_ =>
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Out = new AnsiConsoleOutput(environment.Out),
                Ansi = environment.IsInteractive ? AnsiSupport.Detect : AnsiSupport.No,
                Interactive = InteractionSupport.No,
            });
            if (!environment.IsInteractive)
            {
                console.Profile.Width = 160;
            }

            var table = new Table().Border(TableBorder.Simple);
            table.AddColumn("Group");
            table.AddColumn("Area (write this in the CSV)");
            table.AddColumn("Access endpoints use");
            table.AddColumn("How a check verifies it");
            foreach (var area in AreaCatalog.All)
            {
                var access = AeriesContract.AccessUsedOn(area);
                var used = access == AeriesAccess.None ? "(no documented endpoint)" : AccessText.Format(access);
                table.AddRow(new Text(area.Group), new Text(area.Name), new Text(used), new Text(AeriesContract.VerificationOf(area).Text));
            }

            console.Write(table);
            environment.Out.WriteLine($"{AreaCatalog.All.Count} areas. A spec row is: Area,Access (e.g. Gradebook Scores,Read; Update).");
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }
}
