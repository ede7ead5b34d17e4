using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using IlluminatePerms.Client.Json;

namespace IlluminatePerms.Client.Models;

/// <summary>A teacher's gradebook (Gradebook Data).</summary>
public sealed class Gradebook
{
    /// <summary>Gradebook number, e.g. 4366926.</summary>
    [JsonPropertyName("GradebookNumber")]
    public int GradebookNumber { get; init; }

    /// <summary>Name.</summary>
    [JsonPropertyName("Name")]
    public string? Name { get; init; }

    /// <summary>School code.</summary>
    [JsonPropertyName("SchoolCode")]
    public int SchoolCode { get; init; }

    /// <summary>Period.</summary>
    [JsonPropertyName("Period")]
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? Period { get; init; }

    /// <summary>Teacher number.</summary>
    [JsonPropertyName("TeacherNumber")]
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? TeacherNumber { get; init; }

    /// <summary>Teacher's name.</summary>
    [JsonPropertyName("TeacherName")]
    public string? TeacherName { get; init; }

    /// <summary>Teacher's e-mail address.</summary>
    [JsonPropertyName("TeacherEmailAddress")]
    public string? TeacherEmailAddress { get; init; }

    /// <summary>First day.</summary>
    [JsonPropertyName("StartDate")]
    public DateTime? StartDate { get; init; }

    /// <summary>Last day.</summary>
    [JsonPropertyName("EndDate")]
    public DateTime? EndDate { get; init; }

    /// <summary>Terms (objects, not codes).</summary>
    [JsonPropertyName("Terms")]
    public IReadOnlyList<GradebookTerm> Terms { get; init; } = Array.Empty<GradebookTerm>();
}

/// <summary>A term of a gradebook.</summary>
public sealed class GradebookTerm
{
    /// <summary>Term code, e.g. "F".</summary>
    [JsonPropertyName("Code")]
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? Code { get; init; }

    /// <summary>Name, e.g. "Fall".</summary>
    [JsonPropertyName("Name")]
    public string? Name { get; init; }

    /// <summary>The gradebook.</summary>
    [JsonPropertyName("GradebookNumber")]
    public int GradebookNumber { get; init; }

    /// <summary>First day.</summary>
    [JsonPropertyName("StartDate")]
    public DateTime? StartDate { get; init; }

    /// <summary>Last day.</summary>
    [JsonPropertyName("EndDate")]
    public DateTime? EndDate { get; init; }
}
