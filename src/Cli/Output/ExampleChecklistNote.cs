using System;
using System.Net;
using IlluminatePerms.Checklist;
using IlluminatePerms.Cli.SpecChoice;

namespace IlluminatePerms.Cli.Output;

/// <summary>
/// Heads a checklist made from the bundled example spec, so that it is never sent to a district as
/// the vendor's own: the note goes above the title (Markdown) or first in the body (HTML).
/// </summary>
internal static class ExampleChecklistNote
{
    private static string Text => $"Example only: this checklist comes from the {SpecSource.EmbeddedName}, not from your project. Run the checklist command in the folder of your permissions.csv, or pass --spec PATH.";

    /// <summary>The rendered <paramref name="checklist"/> with the note at its head.</summary>
    /// <exception cref="InvalidOperationException">The HTML has no body to put the note in (the renderer changed).</exception>
    public static string Add(string checklist, ChecklistFormat format)
    {
        if (format == ChecklistFormat.Markdown)
        {
            return $"> **{Text}**\n\n{checklist}";
        }

        const string Body = "<body>";
        var at = checklist.IndexOf(Body, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new InvalidOperationException("The HTML checklist has no <body>: the example note has nowhere to go.");
        }

        at += Body.Length;
        return checklist.Insert(at, $"\n<p class=\"example\"><strong>{WebUtility.HtmlEncode(Text)}</strong></p>");
    }
}
