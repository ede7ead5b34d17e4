namespace IlluminatePerms.Checking.Report;

/// <summary>
/// Where a district admin ticks a permission in Aeries: Security → API Security, the certificate's
/// row <see cref="Row"/> under the heading <see cref="Group"/>, column <see cref="Column"/>.
/// </summary>
/// <param name="Group">The group heading on the screen, e.g. "Gradebook".</param>
/// <param name="Row">The row (area) as Aeries spells it, e.g. "Gradebook Scores".</param>
/// <param name="Column">The column: "Read", "Insert", "Update" or "Delete".</param>
public sealed record AdminTick(string Group, string Row, string Column)
{
    /// <summary>"Gradebook → Gradebook Scores → Update".</summary>
    public override string ToString() => $"{Group} → {Row} → {Column}";
}
