namespace IlluminatePerms.MockAeries.Data;

/// <summary>The names under which <see cref="RecordWrites"/> keeps each kind of written record list.</summary>
internal static class RecordKinds
{
    public const string Contacts = "contacts";
    public const string Tests = "tests";
    public const string Grades = "grades";
    public const string SchoolSupplemental = "school supplemental";
    public const string Authorizations = "authorizations";
    public const string Activities = "activities";
    public const string CourseRequests = "course requests";
    public const string SchedulingSections = "scheduling sections";
    public const string StaffAssignments = "staff assignments";
    public const string AlternateCourseRequests = "alternate course requests";
}
