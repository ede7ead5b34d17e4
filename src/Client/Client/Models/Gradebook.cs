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

    /// <summary>The teacher's comment on the gradebook.</summary>
    [JsonPropertyName("Comment")]
    public string? Comment { get; init; }

    /// <summary>Not currently used (article).</summary>
    [JsonPropertyName("GradebookType")]
    public string? GradebookType { get; init; }

    /// <summary>Linked-gradebook group: gradebooks with the same nonzero number are linked; 0 is ungrouped.</summary>
    [JsonPropertyName("LinkedGroup")]
    public int LinkedGroup { get; init; }

    /// <summary>Assignment categories.</summary>
    [JsonPropertyName("AssignmentCategories")]
    public IReadOnlyList<AssignmentCategory> AssignmentCategories { get; init; } = Array.Empty<AssignmentCategory>();

    /// <summary>The sections the gradebook is for.</summary>
    [JsonPropertyName("Sections")]
    public IReadOnlyList<GradebookSection> Sections { get; init; } = Array.Empty<GradebookSection>();

    /// <summary>The gradebook's options.</summary>
    [JsonPropertyName("Settings")]
    public GradebookSettings? Settings { get; init; }
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

/// <summary>A section a gradebook is for.</summary>
public sealed class GradebookSection
{
    /// <summary>The gradebook.</summary>
    [JsonPropertyName("GradebookNumber")]
    public int GradebookNumber { get; init; }

    /// <summary>School code.</summary>
    [JsonPropertyName("SchoolCode")]
    public int SchoolCode { get; init; }

    /// <summary>The section; in an elementary school without a master schedule, the teacher number.</summary>
    [JsonPropertyName("SectionNumber")]
    public int SectionNumber { get; init; }
}
