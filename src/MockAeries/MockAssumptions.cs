namespace IlluminatePerms.MockAeries;

/// <summary>
/// Behaviours of the mock that Aeries does not document. Each is a guess, named here so that a test
/// or a user who learns the real behaviour can change it; docs/aeries-assumptions.md lists them.
/// </summary>
public sealed class MockAssumptions
{
    /// <summary>Status for a missing or unknown AERIES-CERT header (assumed 401; Aeries' own module reads a Message on it).</summary>
    public int UnauthorizedStatusCode { get; init; } = 401;

    /// <summary>Message for a missing or unknown certificate (assumed wording).</summary>
    public string UnauthorizedMessage { get; init; } = "The AERIES-CERT header is missing or is not a certificate of this district.";

    /// <summary>Status for a certificate that lacks the area (assumed 403).</summary>
    public int ForbiddenStatusCode { get; init; } = 403;

    /// <summary>Message for a certificate that lacks the area; {0} is the grant, e.g. "Student Data: Read" (assumed wording).</summary>
    public string ForbiddenMessageFormat { get; init; } = "This certificate does not have the '{0}' permission.";

    /// <summary>Status for a path that exists with another method (assumed 405, as IIS answers).</summary>
    public int MethodNotAllowedStatusCode { get; init; } = 405;

    /// <summary>Whether StartingRecord=0 reads as 1 (assumed; the parameters are 1-based).</summary>
    public bool StartingRecordZeroMeansFirst { get; init; } = true;

    /// <summary>Status when EndingRecord is before StartingRecord (assumed 400).</summary>
    public int ReversedPagingStatusCode { get; init; } = 400;

    /// <summary>
    /// Whether a gradebook's AssignmentCategories are only filled for certificates with Gradebook
    /// Category (assumed: the area has no endpoint of its own).
    /// </summary>
    public bool CategoriesNeedGradebookCategoryGrant { get; init; } = true;

    /// <summary>Whether an unknown StudentID in <c>students/{id}</c> is a 404 (assumed) rather than an empty array.</summary>
    public bool UnknownStudentIsNotFound { get; init; } = true;

    /// <summary>Status of a repeated, identical assignment insert, which returns the assignment already made (assumed 201).</summary>
    public int RepeatedAssignmentInsertStatusCode { get; init; } = 201;
}
