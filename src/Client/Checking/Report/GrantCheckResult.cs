namespace IlluminatePerms.Checking.Report;

/// <summary>The verdict on one access level of one area.</summary>
public sealed record GrantCheckResult
{
    /// <summary>The area as Aeries spells it, e.g. "Student Data".</summary>
    public required string Area { get; init; }

    /// <summary>The group heading the area sits under, e.g. "Student Data".</summary>
    public required string Group { get; init; }

    /// <summary>The access level: "Read", "Insert", "Update" or "Delete".</summary>
    public required string Access { get; init; }

    /// <summary>True for a grant of the spec; false for an area outside it, probed for least privilege.</summary>
    public required bool InSpec { get; init; }

    /// <summary>The verdict.</summary>
    public required GrantVerdict Verdict { get; init; }

    /// <summary>Why, in a sentence (statuses, areas and counts only, never record contents).</summary>
    public required string Reason { get; init; }

    /// <summary>The contract operation probed, e.g. "students.get_student_information"; null when none was called.</summary>
    public string? OperationId { get; init; }

    /// <summary>The HTTP status of the deciding answer; null when none was received.</summary>
    public int? StatusCode { get; init; }

    /// <summary>
    /// On a <see cref="GrantVerdict.Blocked"/> (or not found, <see cref="GrantVerdict.Error"/>) result:
    /// the identifier no value could be had for, e.g. "StudentID"; give it in
    /// <see cref="GrantCheckRequest.Identifiers"/> to check the grant. Null otherwise.
    /// </summary>
    public string? NeededIdentifier { get; init; }

    /// <summary>What to tick in Aeries; set on <see cref="GrantVerdict.Missing"/> results of the spec.</summary>
    public AdminTick? ToTick { get; init; }

    /// <summary>"Student Data: Read".</summary>
    public string Grant => $"{Area}: {Access}";
}
