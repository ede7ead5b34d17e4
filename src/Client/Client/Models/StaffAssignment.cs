using System;
using System.Text.Json.Serialization;

namespace IlluminatePerms.Client.Models;

/// <summary>
/// A job assignment of a staff member, the "StaffJobAssignment" record of the Staff-related article
/// ("Staff Assignments"): <see cref="AssignmentType"/> "certificated" rows are Staff Job Assignments,
/// "classified" rows Staff Assignments (Classified), each type numbered on its own.
/// </summary>
public sealed class StaffAssignment
{
    /// <summary>The value of <see cref="AssignmentType"/> for a certificated assignment (Staff Job Assignments).</summary>
    public const string Certificated = "certificated";

    /// <summary>The value of <see cref="AssignmentType"/> for a classified assignment (Staff Assignments (Classified)).</summary>
    public const string Classified = "classified";

    /// <summary>"certificated" or "classified": which of the two Aeries tables holds the row.</summary>
    [JsonPropertyName("AssignmentType")]
    public string? AssignmentType { get; init; }

    /// <summary>The district staff ID.</summary>
    [JsonPropertyName("ID")]
    public int ID { get; init; }

    /// <summary>With the staff ID and type, the row's key; no meaning of its own.</summary>
    [JsonPropertyName("SequenceNumber")]
    public int SequenceNumber { get; init; }

    /// <summary>Job classification code.</summary>
    [JsonPropertyName("JobClassificationCode")]
    public string? JobClassificationCode { get; init; }

    /// <summary>The share of full-time employment this assignment accounts for (100 is full time).</summary>
    [JsonPropertyName("FullTimePercentage")]
    public double FullTimePercentage { get; init; }

    /// <summary>First non-classroom job assignment code (certificated only).</summary>
    [JsonPropertyName("NonClassroomBasedJobAssignmentCode1")]
    public string? NonClassroomBasedJobAssignmentCode1 { get; init; }

    /// <summary>Second non-classroom job assignment code (certificated only).</summary>
    [JsonPropertyName("NonClassroomBasedJobAssignmentCode2")]
    public string? NonClassroomBasedJobAssignmentCode2 { get; init; }

    /// <summary>Third non-classroom job assignment code (certificated only).</summary>
    [JsonPropertyName("NonClassroomBasedJobAssignmentCode3")]
    public string? NonClassroomBasedJobAssignmentCode3 { get; init; }

    /// <summary>Fourth non-classroom job assignment code (certificated only).</summary>
    [JsonPropertyName("NonClassroomBasedJobAssignmentCode4")]
    public string? NonClassroomBasedJobAssignmentCode4 { get; init; }

    /// <summary>Fifth non-classroom job assignment code (certificated only).</summary>
    [JsonPropertyName("NonClassroomBasedJobAssignmentCode5")]
    public string? NonClassroomBasedJobAssignmentCode5 { get; init; }

    /// <summary>Sixth non-classroom job assignment code (certificated only).</summary>
    [JsonPropertyName("NonClassroomBasedJobAssignmentCode6")]
    public string? NonClassroomBasedJobAssignmentCode6 { get; init; }

    /// <summary>Seventh non-classroom job assignment code (certificated only).</summary>
    [JsonPropertyName("NonClassroomBasedJobAssignmentCode7")]
    public string? NonClassroomBasedJobAssignmentCode7 { get; init; }

    /// <summary>The school the assignment is at.</summary>
    [JsonPropertyName("SchoolCode")]
    public int SchoolCode { get; init; }

    /// <summary>First day of the assignment.</summary>
    [JsonPropertyName("StartDate")]
    public DateTime? StartDate { get; init; }

    /// <summary>Last day of the assignment; null when it has no end.</summary>
    [JsonPropertyName("EndDate")]
    public DateTime? EndDate { get; init; }
}
