using System;

namespace IlluminateSync;

/// <summary>What to sync: one assessment of ours, as an assignment in the gradebook of one section of a school.</summary>
public sealed class SyncRequest
{
    /// <summary>The Aeries school code.</summary>
    public int SchoolCode { get; init; }

    /// <summary>The section whose teacher's gradebook gets the assignment; null for the school's first section that has a gradebook.</summary>
    public int? SectionNumber { get; init; }

    /// <summary>Our assessment's identifier; it becomes the assignment's ExternalID, so a rerun finds the assignment instead of making another.</summary>
    public string AssessmentId { get; init; } = string.Empty;

    /// <summary>The assignment's name in the gradebook.</summary>
    public string Title { get; init; } = string.Empty;

    /// <summary>Number of questions (NumberCorrectPossible and PointsPossible).</summary>
    public int Questions { get; init; } = 10;

    /// <summary>Date assigned.</summary>
    public DateOnly DateAssigned { get; init; }

    /// <summary>Date due.</summary>
    public DateOnly DateDue { get; init; }
}
