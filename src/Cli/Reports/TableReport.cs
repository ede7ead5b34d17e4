using System.IO;
using System.Linq;
using IlluminatePerms.Checking.Report;
using IlluminatePerms.Checklist;
using Spectre.Console;

namespace IlluminatePerms.Cli.Reports;

/// <summary>The report as a table grouped like the Aeries screen, the summary line, the features (when the spec names features), and the fix steps.</summary>
internal static class TableReport
{
    /// <summary>Writes the table; colour only when <paramref name="colour"/>.</summary>
    public static void Write(CheckedReport checkedReport, TextWriter writer, bool colour)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = colour ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = colour ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        if (!colour)
        {
            console.Profile.Width = 120;
        }

        var report = checkedReport.Report;
        console.MarkupLine($"Aeries {Markup.Escape(report.BaseUrl)}  certificate {Markup.Escape(report.Certificate)}  spec {Markup.Escape(checkedReport.SpecName)}" + (checkedReport.Demo is null ? string.Empty : $"  (bundled mock, '{Markup.Escape(checkedReport.Demo)}' certificate)"));
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("Area");
        table.AddColumn("Access");
        table.AddColumn("Status");
        table.AddColumn("Why");
        foreach (var group in report.Results.GroupBy(r => ScreenHeading.Of(r.Area, r.Group).Title))
        {
            table.AddRow(new Markup($"[bold]{Markup.Escape(group.Key)}[/]"));
            foreach (var result in group)
            {
                table.AddRow(new Text("  " + result.Area), new Text(result.Access), new Markup(Status(result.Verdict)), new Text(result.Reason));
            }
        }

        if (report.Results.Count > 0)
        {
            console.Write(table);
        }

        foreach (var excess in report.Excess)
        {
            console.MarkupLine($"[yellow]excess[/] {Markup.Escape(excess.Grant)}: {Markup.Escape(excess.Reason)}");
        }

        console.MarkupLine($"[bold]{Markup.Escape(checkedReport.Report.Summary)}[/]");
        WriteFeatures(console, report);
        var missing = report.Missing.Where(r => r.ToTick is not null).ToList();
        if (missing.Count > 0)
        {
            console.MarkupLine("[bold]To fix:[/]");
            foreach (var result in missing)
            {
                console.MarkupLine($"  - {Markup.Escape(result.Grant)}: {Markup.Escape(CheckedReport.FixStep(result.ToTick!))}");
            }
        }
    }

    private static void WriteFeatures(IAnsiConsole console, GrantCheckReport report)
    {
        if (report.Features.Count == 0)
        {
            return;
        }

        console.MarkupLine($"[bold]{FeatureText.Heading}:[/]");
        foreach (var feature in report.Features)
        {
            var label = feature.Verdict switch
            {
                FeatureSupport.Works => "[green]works[/]",
                FeatureSupport.Fails => "[red bold]WILL FAIL[/]",
                _ => "[yellow]cannot be told[/]",
            };
            console.MarkupLine($"  - {Markup.Escape(feature.Name)}: {label}. {Markup.Escape(feature.Reason)}");
            foreach (var point in FeatureText.Points(feature))
            {
                console.MarkupLine($"      {Markup.Escape(point)}");
            }
        }
    }

    private static string Status(GrantVerdict verdict) => verdict switch
    {
        GrantVerdict.Verified => "[green]verified[/]",
        GrantVerdict.Missing => "[red bold]MISSING[/]",
        GrantVerdict.NotVerifiable => "[grey]not verifiable[/]",
        GrantVerdict.Blocked => "[yellow]blocked[/]",
        GrantVerdict.Inferred => "[blue]inferred (undocumented)[/]",
        GrantVerdict.NotChecked => "[grey]not checked[/]",
        _ => "[red]error[/]",
    };
}
