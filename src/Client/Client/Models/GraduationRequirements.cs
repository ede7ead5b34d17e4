using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace IlluminatePerms.Client.Models;

/// <summary>The credits a graduation track of a school requires per subject area (School Graduation Requirements, student_grades_endpoints.html).</summary>
public sealed class GraduationRequirements
{
    /// <summary>Subject areas.</summary>
    [JsonPropertyName("SubjectAreas")]
    public IReadOnlyList<RequiredSubjectArea> SubjectAreas { get; init; } = Array.Empty<RequiredSubjectArea>();

    /// <summary>School code.</summary>
    [JsonPropertyName("SchoolCode")]
    public int SchoolCode { get; init; }

    /// <summary>Graduation requirement track.</summary>
    [JsonPropertyName("GraduationRequirementTrack")]
    public string? GraduationRequirementTrack { get; init; }
}
