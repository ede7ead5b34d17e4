using System;
using System.Collections.Generic;

namespace IlluminatePerms.MockAeries;

/// <summary>
/// Behaviours of the mock that Aeries does not document (or documents only in part). Each is a
/// named choice, so that a test or a user who learns the real behaviour can change it, and a client
/// can be tested against both; docs/aeries-assumptions.md lists them with the evidence.
/// </summary>
public sealed class MockAssumptions
{
    /// <summary>Status for a missing or unknown AERIES-CERT header (401; the wording of Aeries' message is not documented).</summary>
    public int UnauthorizedStatusCode { get; init; } = 401;

    /// <summary>Message for a missing or unknown certificate (assumed wording).</summary>
    public string UnauthorizedMessage { get; init; } = "The AERIES-CERT header is missing or is not a certificate of this district.";

    /// <summary>
    /// Status for a valid certificate that lacks the operation's permission. Aeries answers 401
    /// (documented in the Pre-Enroll article); 403 is here so a client can be tested against both.
    /// </summary>
    public int MissingPermissionStatusCode { get; init; } = 401;

    /// <summary>
    /// Message for a missing permission: {0} is the area as Aeries spells it, {1} the access
    /// ("Read", "Update", "Insert", "Delete"). The Pre-Enroll article documents
    /// <c>The district has not set permissions for "Student Data Update"</c>; the same form is
    /// assumed for Read.
    /// </summary>
    public string MissingPermissionMessageFormat { get; init; } = "The district has not set permissions for \"{0} {1}\"";

    /// <summary>
    /// Whether the permission is checked before the path's identifiers (school, student, gradebook …)
    /// are looked up: true (default), an unknown student without the permission is a 401/403;
    /// false, it is a 404, which tells a caller without the permission that the student does not exist.
    /// Aeries does not document the order.
    /// </summary>
    public bool PermissionCheckedBeforeLookup { get; init; } = true;

    /// <summary>
    /// What an operation whose rows come from several areas does with rows of an area the
    /// certificate lacks: <c>students/{id}/programs</c> (Special Programs, Special Education, Free and
    /// Reduced, GATE) and <c>staff/{id}/assignments</c> (Staff Job Assignments, Staff Assignments
    /// (Classified)). Filter them out (default) or refuse the whole request naming the first missing
    /// area. Aeries does not document it.
    /// </summary>
    public RowsWithoutPermission RowsWithoutPermission { get; init; } = RowsWithoutPermission.Filter;

    /// <summary>Status for a path that exists with another method (assumed 405, as IIS answers).</summary>
    public int MethodNotAllowedStatusCode { get; init; } = 405;

    /// <summary>Whether StartingRecord=0 reads as 1 (assumed; the parameters are 1-based).</summary>
    public bool StartingRecordZeroMeansFirst { get; init; } = true;

    /// <summary>Status when EndingRecord is before StartingRecord (assumed 400).</summary>
    public int ReversedPagingStatusCode { get; init; } = 400;

    /// <summary>Whether an unknown StudentID in <c>students/{id}</c> is a 404 (assumed) rather than an empty array.</summary>
    public bool UnknownStudentIsNotFound { get; init; } = true;

    /// <summary>Status of a repeated, identical assignment insert, which returns the assignment already made (assumed 201).</summary>
    public int RepeatedAssignmentInsertStatusCode { get; init; } = 201;

    /// <summary>
    /// Status of a write refused by a business rule (a key that already exists, a school or course
    /// that does not): 400 (default, as the articles show for invalid requests) or 500 (what an
    /// unhandled database error would give). A malformed body or path is always 400.
    /// docs/aeries-assumptions.md, "Disputes ledger".
    /// </summary>
    public int BusinessRuleStatusCode { get; init; } = 400;

    /// <summary>
    /// Success statuses that replace the contract's, by operation id: where the article states no
    /// status and Aeries' PowerShell module expects another (for example
    /// <c>students.create_contacts_create</c>: contract 201, module 200), a test can run the mock
    /// with either reading. Empty (default): the contract's <see cref="Contract.AeriesOperation.SuccessStatus"/>.
    /// An upsert that creates still answers 201. docs/aeries-assumptions.md, "Disputes ledger".
    /// </summary>
    public IReadOnlyDictionary<string, int> SuccessStatusCodes { get; init; } = new Dictionary<string, int>(StringComparer.Ordinal);
}
