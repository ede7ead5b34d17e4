using System.CommandLine;
using System.Linq;
using System.Threading.Tasks;
using IlluminatePerms.Checklist;
using IlluminatePerms.Cli.Output;
using IlluminatePerms.Cli.SpecChoice;
using IlluminatePerms.Spec;

namespace IlluminatePerms.Cli.Commands.Checklist;

/// <summary><c>checklist</c>: the district admin's setup steps from the spec, by the runtime library's renderer.</summary>
internal static class ChecklistCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliEnvironment environment)
    {
        var specPath = new Option<string?>("--spec") { Description = "The permission spec (default: permissions.csv in the working folder, else the bundled example, Illuminate Education's)." };
        var format = ChoiceOption.Create("--format", "The checklist's format.", ["markdown", "html"]);
        var output = new Option<string?>("--output", "-o") { Description = "Write the checklist to this file (atomically; a device or pipe is written as it is, a link is refused) instead of the standard output, which '-' also names." };
        var allowPlaceholders = new Option<bool>("--allow-placeholders") { Description = $"Write the checklist even if a reason is still a placeholder ('{PlaceholderReason.Marker} ...', from 'spec add-missing'), as a draft for yourself: a district should never read one." };
        var verbose = new Option<bool>("--verbose") { Description = "Details of errors." };
        var command = new Command("checklist", "The district admin's setup steps in Aeries from the spec, as Markdown or HTML, ready to paste into a ticket or send.") { specPath, format, output, allowPlaceholders, verbose };
        command.SetAction((parsed, _) => Guarded.RunAsync(environment, parsed.GetValue(verbose), () =>
        {
            var chosen = SpecSource.Choose(environment, parsed.GetValue(specPath));
            SpecSource.Announce(environment, chosen);
            var spec = chosen.Spec;
            RefusePlaceholders(chosen, parsed.GetValue(allowPlaceholders));
            var model = new ChecklistModel(spec.ProductName, spec.Comment, spec.Rows.Select(row => new ChecklistRow(row.Grant, row.Reason, row.Features)));
            var checklistFormat = ChoiceOption.Value<ChecklistFormat>(parsed, format);
            var rendered = AdminChecklist.Render(model, checklistFormat);
            var text = chosen.IsBundledExample ? ExampleChecklistNote.Add(rendered, checklistFormat) : rendered;
            if (parsed.GetValue(output) is { } file && file != "-")
            {
                var target = environment.Resolve(file);
                AtomicFile.Write(target, text);
                environment.Out.WriteLine($"Checklist written to {target}.");
            }
            else
            {
                environment.Out.Write(text);
            }

            return Task.FromResult(ExitCodes.Success);
        }));
        return command;
    }

    /// <summary>
    /// Fails when a reason is still the placeholder a tool wrote, unless the user allows it: the district
    /// admin judges the request by its reasons. Announce has already listed each one (IP1021) at its line.
    /// </summary>
    private static void RefusePlaceholders(ChosenSpec chosen, bool allowed)
    {
        var placeholders = chosen.Spec.Diagnostics.Count(d => d.Id == SpecDiagnosticIds.PlaceholderReason);
        if (placeholders > 0 && !allowed)
        {
            throw new CliException($"no checklist: {placeholders} reason(s) in {chosen.Name} are still placeholders ('{PlaceholderReason.Marker} ...', warning {SpecDiagnosticIds.PlaceholderReason} above). Rewrite each to say why the product needs the grant and run again, or pass --allow-placeholders for a draft that no district should see.");
        }
    }
}
