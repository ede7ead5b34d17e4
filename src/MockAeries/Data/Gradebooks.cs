using System;
using System.Collections.Generic;

namespace IlluminatePerms.MockAeries.Data;

/// <summary>A teacher's gradebook.</summary>
public sealed record Gradebook(
    int GradebookNumber,
    int SchoolCode,
    string Name,
    int Period,
    DateTime StartDate,
    DateTime EndDate,
    string GradebookType,
    IReadOnlyList<AssignmentCategory> AssignmentCategories,
    IReadOnlyList<GradebookSection> Sections,
    IReadOnlyList<string> Terms);

/// <summary>An assignment category of a gradebook (the area Gradebook Category).</summary>
public sealed record AssignmentCategory(int GradebookNumber, string Code, string Description, decimal PercentageOfGrade);

/// <summary>A section linked to a gradebook.</summary>
public sealed record GradebookSection(int SchoolCode, int SectionNumber);

/// <summary>An assignment of a gradebook.</summary>
public sealed record Assignment(
    Guid UniqueID,
    int GradebookNumber,
    int AssignmentNumber,
    string Description,
    string AssignmentCategory,
    DateTime DateAssigned,
    DateTime DateDue,
    decimal PointsPossible,
    decimal NumberCorrectPossible,
    bool GradingCompleted);

/// <summary>The body of an assignment insert or update (POST/PUT).</summary>
public sealed record AssignmentInput(
    string? Description,
    string? AssignmentCategory,
    DateTime? DateAssigned,
    DateTime? DateDue,
    decimal? PointsPossible,
    decimal? NumberCorrectPossible,
    bool? GradingCompleted);

/// <summary>A student's score on an assignment.</summary>
public sealed record Score(
    int StudentID,
    int GradebookNumber,
    int AssignmentNumber,
    DateTime? DateCompleted,
    bool IsMissing,
    decimal PointsPossible,
    decimal? PointsEarned,
    decimal NumberCorrectPossible,
    decimal? NumberCorrect,
    string Mark,
    decimal? PercentCorrect);

/// <summary>One item of the body of <c>POST gradebooks/{gn}/assignments/{an}/Scores</c>.</summary>
public sealed record ScoreUpdate(int StudentID, decimal? NumberCorrect, DateTime? DateCompleted, bool? IsMissing, string? Mark);
