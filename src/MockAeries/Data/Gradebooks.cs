using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace IlluminatePerms.MockAeries.Data;

/// <summary>A teacher's gradebook, with the elements of the Gradebook Information example (documented as XML only).</summary>
public sealed record Gradebook(
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
    DateTime StartDate,
    string TeacherEmailAddress,
    string TeacherName,
    int TeacherNumber,
    IReadOnlyList<GradebookTerm> Terms);

/// <summary>An assignment category of a gradebook; its Code is one character (the insert body's AssignmentCategoryCode).</summary>
public sealed record AssignmentCategory(string Code, string Color, string Description, int GradebookNumber, decimal PercentageOfGrade);

/// <summary>A section linked to a gradebook.</summary>
public sealed record GradebookSection(int GradebookNumber, int SchoolCode, int SectionNumber);

/// <summary>A term of a gradebook (an object, not a code).</summary>
public sealed record GradebookTerm(string Code, DateTime EndDate, int GradebookNumber, string Name, DateTime StartDate);

/// <summary>An assignment, with the elements of the Assignment Information example (documented as XML only): the category is nested.</summary>
public sealed record Assignment(
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
    bool VisibleToParents);

/// <summary>The body of an assignment insert or update, as the article's examples write it.</summary>
public sealed record AssignmentInput(
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
public sealed record Score(
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
public sealed record StandardScore(string StandardId, decimal NumberCorrect, decimal NumberCorrectPossible, decimal PointsEarned, decimal PointsPossible, decimal PercentCorrect, string Mark);

/// <summary>
/// One item of the body of the score write-back, as the article's examples write it
/// ("DateCompleted":"2017/02/17"), plus IsMissing, a field of the score the examples do not write
/// (assumed writable under its read name; left out, the score is not missing).
/// </summary>
public sealed record ScoreUpdate(
    int StudentID,
    decimal? NumberCorrect,
    [property: JsonConverter(typeof(LenientDateConverter))] DateTime? DateCompleted,
    IReadOnlyList<StandardScoreUpdate>? StandardScores,
    bool? IsMissing = null);

/// <summary>A standards-based score in a write-back.</summary>
public sealed record StandardScoreUpdate(string? AcademicBenchmarkID, string? AeriesStandardID, decimal NumberCorrect);

/// <summary>A final mark range of a gradebook (shape not documented).</summary>
public sealed record FinalMarkRange(int GradebookNumber, string Mark, decimal LowPercent, decimal HighPercent);

/// <summary>A student of a gradebook in a term (shape not documented).</summary>
public sealed record GradebookStudent(int GradebookNumber, string Term, int StudentID, int SchoolCode, string LastName, string FirstName, decimal? OverallPercent, string OverallMark);
