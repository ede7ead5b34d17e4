using System.Collections.Generic;

namespace IlluminateSync;

/// <summary>What a sync read and wrote.</summary>
/// <param name="SchoolCode">The school.</param>
/// <param name="Students">Students of the school.</param>
/// <param name="Sections">Sections of the school.</param>
/// <param name="SectionNumber">The section synced.</param>
/// <param name="GradebookNumber">Its teacher's gradebook.</param>
/// <param name="AssignmentNumber">The assignment in it.</param>
/// <param name="AssignmentCreated">False when a previous run had already created it.</param>
/// <param name="ScoresWritten">Scores written back.</param>
/// <param name="ScoresReadBack">Scores read back afterwards whose NumberCorrect is the one written.</param>
/// <param name="Written">Each write Aeries accepted, in order, in words.</param>
public sealed record SyncReport(
    int SchoolCode,
    int Students,
    int Sections,
    int SectionNumber,
    int GradebookNumber,
    int AssignmentNumber,
    bool AssignmentCreated,
    int ScoresWritten,
    int ScoresReadBack,
    IReadOnlyList<string> Written);
