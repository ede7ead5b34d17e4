using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using IlluminatePerms.Client.Json;

namespace IlluminatePerms.Client.Models;

/// <summary>A student's pictures (Student Pictures). Large: read one student at a time.</summary>
public sealed class StudentPictures
{
    /// <summary>Student ID.</summary>
    [JsonPropertyName("StudentID")]
    public int StudentID { get; init; }

    /// <summary>School code.</summary>
    [JsonPropertyName("SchoolCode")]
    public int SchoolCode { get; init; }

    /// <summary>One per school year.</summary>
    [JsonPropertyName("Pictures")]
    public IReadOnlyList<StudentPicture> Pictures { get; init; } = Array.Empty<StudentPicture>();
}

/// <summary>One picture.</summary>
public sealed class StudentPicture
{
    /// <summary>School year.</summary>
    [JsonPropertyName("SchoolYear")]
    public int SchoolYear { get; init; }

    /// <summary>The image bytes.</summary>
    [JsonPropertyName("RawBinary")]
    [JsonConverter(typeof(FlexibleBytesConverter))]
    public byte[]? RawBinary { get; init; }

    /// <summary>File extension, e.g. "jpg".</summary>
    [JsonPropertyName("FileExtension")]
    public string? FileExtension { get; init; }

    /// <summary>Size in bytes.</summary>
    [JsonPropertyName("FileSize")]
    public int FileSize { get; init; }
}
