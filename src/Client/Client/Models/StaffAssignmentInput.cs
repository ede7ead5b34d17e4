using System;
using System.Text.Json.Serialization;

namespace IlluminatePerms.Client.Models;

/// <summary>
/// The body of a staff assignment insert or update, the "StaffJobAssignmentUpdate" object of the
/// Staff-related article, with the names of its field table (which Aeries' PowerShell module sends).
/// The assignment's type is not here: the client method names it, and with it the area it needs.
/// A property left null is not sent, so an update leaves that field as it is; except
/// <see cref="EndDate"/>, which is always sent, because Aeries clears the end date when it is missing.
/// </summary>
public sealed class StaffAssignmentInput
{
    /// <summary>Job classification code (at most 3 characters for one type and 2 for the other; the article and Aeries' module disagree which).</summary>
    [JsonPropertyName("JobClassification")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? JobClassification { get; init; }

    /// <summary>Share of full-time employment (state reporting wants tenths, e.g. 87.5).</summary>
    [JsonPropertyName("FullTimePercentage")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? FullTimePercentage { get; init; }

    /// <summary>First non-classroom job assignment code (certificated only; at most 4 characters).</summary>
    [JsonPropertyName("NonClassroomBasedJobAssignment1")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? NonClassroomBasedJobAssignment1 { get; init; }

    /// <summary>Second non-classroom job assignment code (certificated only).</summary>
    [JsonPropertyName("NonClassroomBasedJobAssignment2")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? NonClassroomBasedJobAssignment2 { get; init; }

    /// <summary>Third non-classroom job assignment code (certificated only).</summary>
    [JsonPropertyName("NonClassroomBasedJobAssignment3")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? NonClassroomBasedJobAssignment3 { get; init; }

    /// <summary>Fourth non-classroom job assignment code (certificated only).</summary>
    [JsonPropertyName("NonClassroomBasedJobAssignment4")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? NonClassroomBasedJobAssignment4 { get; init; }

    /// <summary>Fifth non-classroom job assignment code (certificated only).</summary>
    [JsonPropertyName("NonClassroomBasedJobAssignment5")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? NonClassroomBasedJobAssignment5 { get; init; }

    /// <summary>Sixth non-classroom job assignment code (certificated only).</summary>
    [JsonPropertyName("NonClassroomBasedJobAssignment6")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? NonClassroomBasedJobAssignment6 { get; init; }

    /// <summary>Seventh non-classroom job assignment code (certificated only).</summary>
    [JsonPropertyName("NonClassroomBasedJobAssignment7")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? NonClassroomBasedJobAssignment7 { get; init; }

    /// <summary>The school of the assignment.</summary>
    [JsonPropertyName("SchoolCode")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public short? SchoolCode { get; init; }

    /// <summary>First day of the assignment.</summary>
    [JsonPropertyName("StartDate")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateOnly? StartDate { get; init; }

    /// <summary>Last day of the assignment; null (sent as null) for none.</summary>
    [JsonPropertyName("EndDate")]
    public DateOnly? EndDate { get; init; }
}
