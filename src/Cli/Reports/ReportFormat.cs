namespace IlluminatePerms.Cli.Reports;

/// <summary>The forms a check report is written in (--format).</summary>
internal enum ReportFormat
{
    /// <summary>A table grouped like the Aeries screen (for a person at a terminal).</summary>
    Table,

    /// <summary>JSON (docs/cli-report.md describes its shape).</summary>
    Json,

    /// <summary>Markdown, for a support ticket.</summary>
    Markdown,

    /// <summary>SARIF 2.1.0, for code-scanning dashboards.</summary>
    Sarif,

    /// <summary>One self-contained HTML file an admin can open.</summary>
    Html,
}
