using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using IlluminatePerms.Client.Json;

namespace IlluminatePerms.Client.Models;

/// <summary>A standardized test result (Test Scores).</summary>
public sealed class TestScoreRecord
{
    /// <summary>Student ID.</summary>
    [JsonPropertyName("StudentID")]
    public int StudentID { get; init; }

    /// <summary>Sequence number.</summary>
    [JsonPropertyName("SequenceNumber")]
    public int SequenceNumber { get; init; }

    /// <summary>Test, e.g. "CELDT".</summary>
    [JsonPropertyName("TestID")]
    public string? TestID { get; init; }

    /// <summary>Test part.</summary>
    [JsonPropertyName("TestPart")]
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? TestPart { get; init; }

    /// <summary>Description.</summary>
    [JsonPropertyName("TestDescription")]
    public string? TestDescription { get; init; }

    /// <summary>Grade level when taken.</summary>
    [JsonPropertyName("GradeLevel")]
    public decimal GradeLevel { get; init; }

    /// <summary>Administration.</summary>
    [JsonPropertyName("TestingAdministration")]
    public string? TestingAdministration { get; init; }

    /// <summary>Date taken.</summary>
    [JsonPropertyName("TestDate")]
    public DateTime? TestDate { get; init; }

    /// <summary>Test type code.</summary>
    [JsonPropertyName("TestTypeCode")]
    public string? TestTypeCode { get; init; }

    /// <summary>Test source code.</summary>
    [JsonPropertyName("TestSourceCode")]
    public string? TestSourceCode { get; init; }

    /// <summary>Scores by type.</summary>
    [JsonPropertyName("Scores")]
    public IReadOnlyList<TestScoreValue> Scores { get; init; } = Array.Empty<TestScoreValue>();
}

/// <summary>One score of a test result.</summary>
public sealed class TestScoreValue
{
    /// <summary>Score type, e.g. "ScaleScore".</summary>
    [JsonPropertyName("Type")]
    public string? Type { get; init; }

    /// <summary>The score.</summary>
    [JsonPropertyName("Score")]
    public decimal Score { get; init; }
}
