using System;

namespace IlluminateSync.Tests;

/// <summary>Assessment results that depend only on the student: every run writes the same scores.</summary>
internal sealed class SeededResults : IAssessmentResults
{
    public const int Questions = 10;

    public decimal? NumberCorrect(string assessmentId, int studentId)
        => studentId % 13 == 0 ? null : (studentId * 7 + assessmentId.Length) % (Questions + 1);

    public static SyncRequest Request(int school = 994) => new()
    {
        SchoolCode = school,
        AssessmentId = "illuminate-assessment-4711",
        Title = "Unit 3 fractions check",
        Questions = Questions,
        DateAssigned = new DateOnly(2026, 9, 14),
        DateDue = new DateOnly(2026, 9, 18),
    };
}
