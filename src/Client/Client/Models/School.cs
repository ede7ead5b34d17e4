using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace IlluminatePerms.Client.Models;

/// <summary>A school (<c>schools</c>, <c>schools/{SchoolCode}</c>; needs no permission).</summary>
public sealed class School
{
    /// <summary>The school code, e.g. 994.</summary>
    [JsonPropertyName("SchoolCode")]
    public int SchoolCode { get; init; }

    /// <summary>The school's name.</summary>
    [JsonPropertyName("Name")]
    public string? Name { get; init; }

    /// <summary>Short name.</summary>
    [JsonPropertyName("ShortName")]
    public string? ShortName { get; init; }

    /// <summary>Blank when the school is active.</summary>
    [JsonPropertyName("InactiveStatusCode")]
    public string? InactiveStatusCode { get; init; }

    /// <summary>Street address.</summary>
    [JsonPropertyName("Address")]
    public string? Address { get; init; }

    /// <summary>City.</summary>
    [JsonPropertyName("AddressCity")]
    public string? AddressCity { get; init; }

    /// <summary>State.</summary>
    [JsonPropertyName("AddressState")]
    public string? AddressState { get; init; }

    /// <summary>ZIP code.</summary>
    [JsonPropertyName("AddressZipCode")]
    public string? AddressZipCode { get; init; }

    /// <summary>Lowest grade.</summary>
    [JsonPropertyName("LowGradeLevel")]
    public int LowGradeLevel { get; init; }

    /// <summary>Highest grade.</summary>
    [JsonPropertyName("HighGradeLevel")]
    public int HighGradeLevel { get; init; }

    /// <summary>Principal's name.</summary>
    [JsonPropertyName("PrincipalName")]
    public string? PrincipalName { get; init; }

    /// <summary>Principal's e-mail address.</summary>
    [JsonPropertyName("PrincipalEmailAddress")]
    public string? PrincipalEmailAddress { get; init; }

    /// <summary>Phone number.</summary>
    [JsonPropertyName("PhoneNumber")]
    public string? PhoneNumber { get; init; }

    /// <summary>State school identifier.</summary>
    [JsonPropertyName("StateSchoolID")]
    public string? StateSchoolID { get; init; }

    /// <summary>Schedule type, e.g. "Flexible".</summary>
    [JsonPropertyName("ScheduleType")]
    public string? ScheduleType { get; init; }

    /// <summary>Attendance type, e.g. "Period".</summary>
    [JsonPropertyName("AttendanceType")]
    public string? AttendanceType { get; init; }

    /// <summary>The school's terms.</summary>
    [JsonPropertyName("Terms")]
    public IReadOnlyList<Term> Terms { get; init; } = Array.Empty<Term>();
}

/// <summary>A term of a school (<c>schools/{SchoolCode}/terms</c>, or inside a school).</summary>
public sealed class Term
{
    /// <summary>Term code, e.g. "F".</summary>
    [JsonPropertyName("TermCode")]
    public string? TermCode { get; init; }

    /// <summary>Description, e.g. "Fall".</summary>
    [JsonPropertyName("TermDescription")]
    public string? TermDescription { get; init; }

    /// <summary>First day.</summary>
    [JsonPropertyName("StartDate")]
    public DateTime? StartDate { get; init; }

    /// <summary>Last day.</summary>
    [JsonPropertyName("EndDate")]
    public DateTime? EndDate { get; init; }
}
