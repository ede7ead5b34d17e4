using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using IlluminatePerms.Client.Json;

namespace IlluminatePerms.Client.Models;

/// <summary>A program a student takes part in (Student Programs: GATE 127, Special Education 144, free/reduced meals 181/182, others).</summary>
public sealed class StudentProgram
{
    /// <summary>Student ID.</summary>
    [JsonPropertyName("StudentID")]
    public int StudentID { get; init; }

    /// <summary>Program code, e.g. "127".</summary>
    [JsonPropertyName("ProgramCode")]
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? ProgramCode { get; init; }

    /// <summary>Description.</summary>
    [JsonPropertyName("ProgramDescription")]
    public string? ProgramDescription { get; init; }

    /// <summary>Eligibility start.</summary>
    [JsonPropertyName("EligibilityStartDate")]
    public DateTime? EligibilityStartDate { get; init; }

    /// <summary>Eligibility end.</summary>
    [JsonPropertyName("EligibilityEndDate")]
    public DateTime? EligibilityEndDate { get; init; }

    /// <summary>Participation start.</summary>
    [JsonPropertyName("ParticipationStartDate")]
    public DateTime? ParticipationStartDate { get; init; }

    /// <summary>Participation end.</summary>
    [JsonPropertyName("ParticipationEndDate")]
    public DateTime? ParticipationEndDate { get; init; }

    /// <summary>Program-specific name/value pairs.</summary>
    [JsonPropertyName("ExtendedProperties")]
    public IReadOnlyList<ExtendedProperty> ExtendedProperties { get; init; } = Array.Empty<ExtendedProperty>();
}

/// <summary>A name/value pair Aeries attaches to programs and staff.</summary>
public sealed class ExtendedProperty
{
    /// <summary>Name, e.g. "DisabilityCode".</summary>
    [JsonPropertyName("Name")]
    public string? Name { get; init; }

    /// <summary>Value.</summary>
    [JsonPropertyName("Value")]
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? Value { get; init; }
}
