namespace IlluminatePerms.Checklist;

/// <summary>The file formats <see cref="AdminChecklist"/> renders.</summary>
public enum ChecklistFormat
{
    /// <summary>Markdown, for a ticket, a wiki page or an email.</summary>
    Markdown,

    /// <summary>One self-contained HTML file (styles inline, no scripts, no links to fetch).</summary>
    Html,
}
