using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using IlluminatePerms.Client.Json;

namespace IlluminatePerms.Client.Models;

/// <summary>A student's college entrance tests (College Entrance Tests).</summary>
public sealed class CollegeTestScores
{
    /// <summary>Student ID.</summary>
    [JsonPropertyName("StudentID")]
    public int StudentID { get; init; }

    /// <summary>The tests.</summary>
    [JsonPropertyName("TestScores")]
    public IReadOnlyList<CollegeTestScore> TestScores { get; init; } = Array.Empty<CollegeTestScore>();
}

/// <summary>One college entrance test.</summary>
public sealed class CollegeTestScore
{
    /// <summary>Test, e.g. "ACT".</summary>
    [JsonPropertyName("TestName")]
    public string? TestName { get; init; }

    /// <summary>Date taken.</summary>
    [JsonPropertyName("TestDate")]
    public DateTime? TestDate { get; init; }

    /// <summary>Grade level (blank in Aeries' example).</summary>
    [JsonPropertyName("GradeLevel")]
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? GradeLevel { get; init; }

    /// <summary>Overall score.</summary>
    [JsonPropertyName("OverallScore")]
    public decimal OverallScore { get; init; }

    /// <summary>Test type code.</summary>
    [JsonPropertyName("TestTypeCode")]
    public string? TestTypeCode { get; init; }

    /// <summary>Test source code.</summary>
    [JsonPropertyName("TestSourceCode")]
    public string? TestSourceCode { get; init; }

    /// <summary>Sub-tests.</summary>
    [JsonPropertyName("SubTests")]
    public IReadOnlyList<CollegeSubTest> SubTests { get; init; } = Array.Empty<CollegeSubTest>();

    /// <summary>College and career readiness english benchmark indicator.</summary>
    [JsonPropertyName("CollegeAndCareerReadinessEnglishBenchmarkIndicator")]
    public string? CollegeAndCareerReadinessEnglishBenchmarkIndicator { get; init; }

    /// <summary>College and career readiness math benchmark indicator.</summary>
    [JsonPropertyName("CollegeAndCareerReadinessMathBenchmarkIndicator")]
    public string? CollegeAndCareerReadinessMathBenchmarkIndicator { get; init; }
}

/// <summary>A sub-test score.</summary>
public sealed class CollegeSubTest
{
    /// <summary>Sub-test code, e.g. "EN".</summary>
    [JsonPropertyName("Code")]
    public string? Code { get; init; }

    /// <summary>Score.</summary>
    [JsonPropertyName("Score")]
    public decimal Score { get; init; }
}
