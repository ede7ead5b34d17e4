namespace IlluminatePerms.MockAeries.Data;

/// <summary>
/// An alternate course request (ACR), with the fields of the Scheduling-related article's example
/// ("Student Alternate Course Requests"). <see cref="PrioritySortOrder"/> is Aeries' own sort key:
/// the requests' order is their place, the values are spaced so one can be put between two others.
/// </summary>
internal sealed record AlternateCourseRequest(int StudentID, int SchoolCode, int SequenceNumber, string CourseID, decimal PrioritySortOrder);

/// <summary>
/// The body of an alternate course request insert or update ("Alternate Course Requests - Create /
/// Update"): the course, and the 1-based place among the student's alternates (left out: last on an
/// insert, unchanged on an update; 0 is refused).
/// </summary>
internal sealed record AlternateCourseRequestInput(string? CourseID, int? RelativePrioritySortOrder);
