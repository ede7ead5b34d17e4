namespace IlluminateSync;

/// <summary>Our own results of an assessment (in a real product: our database).</summary>
public interface IAssessmentResults
{
    /// <summary>The number of questions the student answered correctly, or null when the student did not take it.</summary>
    /// <param name="assessmentId">The assessment.</param>
    /// <param name="studentId">The Aeries StudentID.</param>
    decimal? NumberCorrect(string assessmentId, int studentId);
}
