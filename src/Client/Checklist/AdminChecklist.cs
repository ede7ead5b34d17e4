using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using IlluminatePerms.Grants;
using Scriban;
using Scriban.Runtime;

namespace IlluminatePerms.Checklist;

/// <summary>
/// Renders the district administrator's checklist: the steps in Aeries, with every permission to
/// tick in the order of the API Security screen, under its headings. Rendered here, at run time,
/// rather than in the source generator, so that no template engine loads into the compiler.
/// </summary>
/// <example>
/// <code>File.WriteAllText("aeries-checklist.html", AdminChecklist.Render(RequiredGrants.Checklist, ChecklistFormat.Html));</code>
/// </example>
public static class AdminChecklist
{
    private const string UnnamedVendor = "the vendor";

    private static readonly Template MarkdownTemplate = LoadTemplate("AdminChecklist.sbn-md");

    private static readonly Template HtmlTemplate = LoadTemplate("AdminChecklist.sbn-html");

    /// <summary>Renders <paramref name="model"/> as <paramref name="format"/>, with '\n' line ends.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a <see cref="ChecklistFormat"/>.</exception>
    /// <exception cref="ArgumentException">
    /// The model holds U+FFFD, the mark of a spec that was not saved as UTF-8: the text would reach
    /// the district garbled.
    /// </exception>
    public static string Render(ChecklistModel model, ChecklistFormat format)
    {
        if (model is null)
        {
            throw new ArgumentNullException(nameof(model));
        }

        var template = format switch
        {
            ChecklistFormat.Markdown => MarkdownTemplate,
            ChecklistFormat.Html => HtmlTemplate,
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Not a checklist format."),
        };
        RejectGarbledText(model);

        var globals = new ScriptObject
        {
            ["product"] = model.ProductName,
            ["vendor"] = model.ProductName ?? UnnamedVendor,
            ["comment"] = model.Comment,
            ["area_count"] = model.Rows.Count,
            ["grant_count"] = model.Rows.Sum(row => AccessText.Levels.Count(level => (row.Grant.Access & level) != 0)),
            ["sections"] = Sections(model.Rows),
        };

        // LoopLimit 0 lifts Scriban's default cap of 1,000 iterations: a spec may be larger.
        var context = new TemplateContext { LoopLimit = 0, NewLine = "\n", StrictVariables = true };
        context.PushGlobal(globals);
        return template.Render(context);
    }

    /// <summary>
    /// The rows in screen order, one section per block of the screen (<see cref="ScreenHeading"/>).
    /// Aeries shows some headings ("Other") more than once; a later block says so instead of
    /// repeating the heading as if it were the same one.
    /// </summary>
    private static ScriptArray Sections(IEnumerable<ChecklistRow> rows)
    {
        var sections = new ScriptArray();
        ScreenHeading? current = null;
        ScriptArray? currentRows = null;
        foreach (var row in rows.OrderBy(row => row.Grant.Area.Order))
        {
            var block = ScreenHeading.Of(row.Grant.Area);
            if (currentRows is null || current != block)
            {
                var group = block.Group;
                var heading = block.Occurrence == 1 ? group : $"{group} (the {block.Ordinal} \"{group}\" heading, lower on the screen)";
                current = block;
                currentRows = new ScriptArray();
                sections.Add(new ScriptObject { ["heading"] = heading, ["rows"] = currentRows });
            }

            currentRows.Add(new ScriptObject
            {
                ["area"] = row.Grant.Area.Name,
                ["access"] = AccessText.Format(row.Grant.Access),
                ["reason"] = OneLine(row.Reason),
                ["serves"] = string.Join(", ", row.Features.Select(OneLine)),
            });
        }

        return sections;
    }

    private static void RejectGarbledText(ChecklistModel model)
    {
        var texts = new[] { model.ProductName, model.Comment }.Concat(model.Rows.SelectMany(row => row.Features.Prepend(row.Reason)));
        if (texts.Any(text => text is not null && text.IndexOf('\uFFFD') >= 0))
        {
            throw new ArgumentException(
                "The checklist text holds U+FFFD (a character that could not be decoded): the spec was not saved as UTF-8. Save it as 'CSV UTF-8' and rebuild.",
                nameof(model));
        }
    }

    private static string OneLine(string text) => text.Replace("\r", " ").Replace("\n", " ").Trim();

    private static Template LoadTemplate(string name)
    {
        var resource = "IlluminatePerms.Checklist.Templates." + name;
        using var stream = typeof(AdminChecklist).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"{typeof(AdminChecklist).Assembly.GetName().Name} lacks its template '{resource}'.");
        using var reader = new StreamReader(stream);
        var template = Template.Parse(reader.ReadToEnd().Replace("\r\n", "\n"), name);
        if (template.HasErrors)
        {
            throw new InvalidOperationException($"Template '{name}' does not parse: {string.Join("; ", template.Messages)}");
        }

        return template;
    }
}
