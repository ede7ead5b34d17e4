using System;
using System.IO;
using System.Linq;
using IlluminatePerms.Generator.Model;
using IlluminatePerms.Grants;
using Scriban;
using Scriban.Runtime;

namespace IlluminatePerms.Generator;

/// <summary>
/// Renders the district admin's checklist (Markdown) from the model with the Scriban template
/// Templates/AdminChecklist.sbn-md. Rows are listed in screen order under the screen's group
/// headings, so the admin can tick them top to bottom.
/// </summary>
internal static class ChecklistRenderer
{
    private const string MissingProductName = "(your product's name)";

    private static readonly Template ChecklistTemplate = LoadTemplate("AdminChecklist.sbn-md");

    public static string Render(GrantsModel model)
    {
        var rowsInScreenOrder = model.Rows.OrderBy(row => row.ScreenOrder).ToArray();
        var groups = new ScriptArray();
        string? currentGroup = null;
        var currentRows = new ScriptArray();
        foreach (var row in rowsInScreenOrder)
        {
            // A new heading whenever the group changes: Aeries shows "Other" twice, and so does this.
            if (!string.Equals(currentGroup, row.Group, StringComparison.Ordinal))
            {
                currentGroup = row.Group;
                currentRows = new ScriptArray();
                groups.Add(new ScriptObject { ["name"] = row.Group, ["rows"] = currentRows });
            }

            currentRows.Add(new ScriptObject
            {
                ["area"] = row.AreaName,
                ["access"] = AccessText.Format((AeriesAccess)row.Access),
                ["reason"] = OneLine(row.Reason),
            });
        }

        var globals = new ScriptObject
        {
            ["product"] = model.ProductName ?? MissingProductName,
            ["comment"] = model.Comment,
            ["spec_file"] = model.SpecFileName,
            ["area_count"] = rowsInScreenOrder.Length,
            ["grant_count"] = rowsInScreenOrder.Sum(row => AccessText.Levels.Count(level => (row.Access & (int)level) != 0)),
            ["groups"] = groups,
        };

        // LoopLimit 0 lifts Scriban's default cap of 1,000 iterations: a spec may be larger.
        var context = new TemplateContext { LoopLimit = 0, NewLine = "\n", StrictVariables = true };
        context.PushGlobal(globals);
        return ChecklistTemplate.Render(context);
    }

    private static string OneLine(string text) => text.Replace("\r", " ").Replace("\n", " ");

    private static Template LoadTemplate(string name)
    {
        var resource = "IlluminatePerms.Generator.Templates." + name;
        using var stream = typeof(ChecklistRenderer).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The generator assembly lacks its template '{resource}'.");
        using var reader = new StreamReader(stream);
        var template = Template.Parse(reader.ReadToEnd().Replace("\r\n", "\n"), name);
        if (template.HasErrors)
        {
            throw new InvalidOperationException($"Template '{name}' does not parse: {string.Join("; ", template.Messages)}");
        }

        return template;
    }
}
