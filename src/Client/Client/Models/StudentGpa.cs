using System.Text.Json.Serialization;

namespace IlluminatePerms.Client.Models;

/// <summary>A student's grade point averages, class rank and credits (Student GPAs, student_grades_endpoints.html). Cumulative figures span the student's history; GradeReporting ones the current grade reporting period.</summary>
public sealed class StudentGpa
{
    /// <summary>Student ID.</summary>
    [JsonPropertyName("StudentID")]
    public int StudentID { get; init; }

    /// <summary>School code.</summary>
    [JsonPropertyName("SchoolCode")]
    public int SchoolCode { get; init; }

    /// <summary>Class rank.</summary>
    [JsonPropertyName("ClassRank")]
    public int ClassRank { get; init; }

    /// <summary>Class size.</summary>
    [JsonPropertyName("ClassSize")]
    public int ClassSize { get; init; }

    /// <summary>Class rank1012.</summary>
    [JsonPropertyName("ClassRank1012")]
    public int ClassRank1012 { get; init; }

    /// <summary>GPA cumulative academic.</summary>
    [JsonPropertyName("GPA_CumulativeAcademic")]
    public decimal GPA_CumulativeAcademic { get; init; }

    /// <summary>GPA cumulative total.</summary>
    [JsonPropertyName("GPA_CumulativeTotal")]
    public decimal GPA_CumulativeTotal { get; init; }

    /// <summary>GPA cumulative academic1012.</summary>
    [JsonPropertyName("GPA_CumulativeAcademic1012")]
    public decimal GPA_CumulativeAcademic1012 { get; init; }

    /// <summary>GPA cumulative academic non weighted.</summary>
    [JsonPropertyName("GPA_CumulativeAcademicNonWeighted")]
    public decimal GPA_CumulativeAcademicNonWeighted { get; init; }

    /// <summary>GPA cumulative total non weighted.</summary>
    [JsonPropertyName("GPA_CumulativeTotalNonWeighted")]
    public decimal GPA_CumulativeTotalNonWeighted { get; init; }

    /// <summary>GPA cumulative academic1012 non weighted.</summary>
    [JsonPropertyName("GPA_CumulativeAcademic1012NonWeighted")]
    public decimal GPA_CumulativeAcademic1012NonWeighted { get; init; }

    /// <summary>Grade points cumulative.</summary>
    [JsonPropertyName("GradePointsCumulative")]
    public decimal GradePointsCumulative { get; init; }

    /// <summary>GPA UC preliminary.</summary>
    [JsonPropertyName("GPA_UC_Preliminary")]
    public decimal GPA_UC_Preliminary { get; init; }

    /// <summary>GPA CSU preliminary.</summary>
    [JsonPropertyName("GPA_CSU_Preliminary")]
    public decimal GPA_CSU_Preliminary { get; init; }

    /// <summary>GPA cumulative citizenship.</summary>
    [JsonPropertyName("GPA_CumulativeCitizenship")]
    public decimal GPA_CumulativeCitizenship { get; init; }

    /// <summary>GPA grade reporting citizenship.</summary>
    [JsonPropertyName("GPA_GradeReportingCitizenship")]
    public decimal GPA_GradeReportingCitizenship { get; init; }

    /// <summary>Credits attempted.</summary>
    [JsonPropertyName("CreditsAttempted")]
    public decimal CreditsAttempted { get; init; }

    /// <summary>Credits completed.</summary>
    [JsonPropertyName("CreditsCompleted")]
    public decimal CreditsCompleted { get; init; }

    /// <summary>GPA grade reporting academic.</summary>
    [JsonPropertyName("GPA_GradeReportingAcademic")]
    public decimal GPA_GradeReportingAcademic { get; init; }

    /// <summary>GPA grade reporting total.</summary>
    [JsonPropertyName("GPA_GradeReportingTotal")]
    public decimal GPA_GradeReportingTotal { get; init; }

    /// <summary>GPA grade reporting academic non weighted.</summary>
    [JsonPropertyName("GPA_GradeReportingAcademicNonWeighted")]
    public decimal GPA_GradeReportingAcademicNonWeighted { get; init; }

    /// <summary>GPA grade reporting total non weighted.</summary>
    [JsonPropertyName("GPA_GradeReportingTotalNonWeighted")]
    public decimal GPA_GradeReportingTotalNonWeighted { get; init; }

    /// <summary>Grade reporting class rank.</summary>
    [JsonPropertyName("GradeReportingClassRank")]
    public int GradeReportingClassRank { get; init; }

    /// <summary>Grade reporting class size.</summary>
    [JsonPropertyName("GradeReportingClassSize")]
    public int GradeReportingClassSize { get; init; }

    /// <summary>Grade reporting credits attempted.</summary>
    [JsonPropertyName("GradeReportingCreditsAttempted")]
    public decimal GradeReportingCreditsAttempted { get; init; }

    /// <summary>Grade reporting credits completed.</summary>
    [JsonPropertyName("GradeReportingCreditsCompleted")]
    public decimal GradeReportingCreditsCompleted { get; init; }
}
