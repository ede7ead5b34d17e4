using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace IlluminatePerms.MockAeries.Data;

/// <summary>A teacher's gradebook, with every element of the Gradebook Information example and field tables (documented as XML only).</summary>
internal sealed record Gradebook(
    IReadOnlyList<AssignmentCategory> AssignmentCategories,
    string Comment,
    DateTime EndDate,
    int GradebookNumber,
    string GradebookType,
    int LinkedGroup,
    string Name,
    int Period,
    int SchoolCode,
    IReadOnlyList<GradebookSection> Sections,
    GradebookSettings Settings,
    DateTime StartDate,
    string TeacherEmailAddress,
    string TeacherName,
    int TeacherNumber,
    IReadOnlyList<GradebookTerm> Terms);

/// <summary>An assignment category of a gradebook; its Code is one character (the insert body's AssignmentCategoryCode).</summary>
internal sealed record AssignmentCategory(string Code, string Color, string Description, int GradebookNumber, decimal PercentageOfGrade);

/// <summary>A section linked to a gradebook.</summary>
internal sealed record GradebookSection(int GradebookNumber, int SchoolCode, int SectionNumber);

/// <summary>
/// A gradebook's options (the article's Settings object, one element per option). Several are
/// marked "no longer used" by the article but still sent.
/// </summary>
internal sealed record GradebookSettings(
    bool AddDropStudentsAutomatically,
    bool ApplyRangeToStudent,
    bool CountCompletedNow,
    int CountHi,
    int CountLo,
    DateTime CountMaxDate,
    DateTime CountMinDate,
    bool DoingFormativeSummativeWeight,
    bool DoingMinMaxAssignmentValues,
    bool DoingRubric,
    bool DoingWeight,
    string FilterAssignmentsBy,
    decimal FormativePercentage,
    int GradebookNumber,
    bool HideDroppedStudents,
    bool HideOverallScore,
    bool HideOverallScoreFromParentStudent,
    decimal MaxAssignmentValue,
    decimal MinAssignmentValue,
    bool ShowFinalMark,
    bool ShowFinalMarkToParentStudent,
    int ShowHi,
    int ShowLo,
    DateTime ShowMaxDate,
    DateTime ShowMinDate,
    bool ShowPointRatio,
    bool SingleTermGradebook,
    decimal SummativePercentage);

/// <summary>A term of a gradebook (an object, not a code).</summary>
internal sealed record GradebookTerm(string Code, DateTime EndDate, int GradebookNumber, string Name, DateTime StartDate);

/// <summary>
/// An assignment, with every element of the Assignment Information example (documented as XML
/// only): the category is nested. The elements the mock has no use for (the "no longer used"
/// analytics IDs, the drop box, narrative grades, standards) keep Aeries' empty values; the empty
/// lists are shared instances, so record equality still compares assignments by value.
/// </summary>
internal sealed record Assignment(
    AssignmentCategory AssignmentCategory,
    int AssignmentNumber,
    string Comment,
    DateTime DateAssigned,
    DateTime DateDue,
    string Description,
    string ExternalID,
    string FormativeSummativeIndicator,
    int GradebookNumber,
    bool GradingCompleted,
    decimal NumberCorrectPossible,
    decimal PointsPossible,
    bool RubricAssignment,
    bool ScoresVisibleToParents,
    Guid UniqueID,
    bool VisibleToParents)
{
    /// <summary>No longer used (article); 0.</summary>
    public int AeriesAnalyticsExamID { get; init; }

    /// <summary>No longer used (article); 0.</summary>
    public int AeriesAnalyticsExamTestAdmin { get; init; }

    /// <summary>Whether students may upload to the assignment.</summary>
    public bool AllowStudentDropBox { get; init; }

    /// <summary>Upload deadline with the drop box; the example's empty value is 0001-01-01T00:00:00.</summary>
    public DateTime DueTime { get; init; }

    /// <summary>Whether scores are entered per standard.</summary>
    public bool InputScoresByStandard { get; init; }

    /// <summary>The marks of the narrative grading scale, when one is used.</summary>
    public IReadOnlyList<NarrativeGrade> NarrativeGradeSet { get; init; } = Array.Empty<NarrativeGrade>();

    /// <summary>The narrative grading scale in use; 0 when none.</summary>
    public int NarrativeGradeSetID { get; init; }

    /// <summary>The standards the assignment scores.</summary>
    public IReadOnlyList<AssignmentStandard> Standards { get; init; } = Array.Empty<AssignmentStandard>();
}

/// <summary>One mark of a narrative grading scale.</summary>
internal sealed record NarrativeGrade(string Mark, int NarrativeGradeSetID, decimal PercentValue);

/// <summary>A standard an assignment scores.</summary>
internal sealed record AssignmentStandard(string AcademicBenchmarkId, int AssignmentNumber, int GradebookNumber, decimal NumberCorrectPossible, string StandardDescription, string StandardId);

/// <summary>The body of an assignment insert or update, as the article's examples write it.</summary>
internal sealed record AssignmentInput(
    string? Description,
    string? AssignmentCategoryCode,
    [property: JsonConverter(typeof(LenientDateConverter))] DateTime? DateAssigned,
    [property: JsonConverter(typeof(LenientDateConverter))] DateTime? DateDue,
    decimal? NumberCorrectPossible,
    decimal? PointsPossible,
    bool? GradingCompleted,
    string? Comment,
    string? FormativeSummativeIndicator,
    bool? RubricAssignment,
    string? ExternalID,
    bool? CreateInLinkedGradebooksToo,
    bool? UpdateLinkedGradebooksToo);

/// <summary>A student's score on an assignment, with the elements of the Assignment Scores example (documented as XML only).</summary>
internal sealed record Score(
    int AssignmentNumber,
    DateTime? DateCompleted,
    int GradebookNumber,
    bool IsMissing,
    bool IsRuleReplacingScore,
    string Mark,
    decimal? NumberCorrect,
    decimal NumberCorrectPossible,
    decimal? PercentCorrect,
    int StudentID,
    decimal? PointsEarned,
    decimal PointsPossible,
    int RuleNumberApplied,
    decimal RuleReplacedScore,
    IReadOnlyList<StandardScore> StandardScores);

/// <summary>A score on one standard of an assignment.</summary>
internal sealed record StandardScore(string StandardId, decimal NumberCorrect, decimal NumberCorrectPossible, decimal PointsEarned, decimal PointsPossible, decimal PercentCorrect, string Mark);

/// <summary>
/// One item of the body of the score write-back, as the article's examples write it
/// ("DateCompleted":"2017/02/17"), plus IsMissing, a field of the score the examples do not write
/// (assumed writable under its read name; left out, the score is not missing).
/// </summary>
internal sealed record ScoreUpdate(
    int StudentID,
    decimal? NumberCorrect,
    [property: JsonConverter(typeof(LenientDateConverter))] DateTime? DateCompleted,
    IReadOnlyList<StandardScoreUpdate>? StandardScores,
    bool? IsMissing = null);

/// <summary>A standards-based score in a write-back.</summary>
internal sealed record StandardScoreUpdate(string? AcademicBenchmarkID, string? AeriesStandardID, decimal NumberCorrect);

/// <summary>A final mark range of a gradebook, as the Final Mark Ranges example: LowValue is the threshold, HighValue informational.</summary>
internal sealed record FinalMark(decimal HighValue, decimal LowValue, string Mark);

/// <summary>A student of a gradebook in a term, with every element of the Gradebook Student Information example.</summary>
internal sealed record GradebookStudent(
    string CurrentMark,
    decimal CurrentPercentage,
    string CurrentTerm,
    int CustomSortOrder,
    DateTime EndDate,
    int HighAssignmentNumber,
    string InactiveTag,
    int LowAssignmentNumber,
    int SchoolCode,
    DateTime StartDate,
    string StudentFirstName,
    int StudentGradeLevel,
    int StudentID,
    string StudentLastName,
    string StudentMiddleName,
    int StudentNumber,
    string StudentSex);
