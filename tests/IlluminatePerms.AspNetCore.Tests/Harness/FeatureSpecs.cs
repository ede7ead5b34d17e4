using IlluminatePerms.Spec;

namespace IlluminatePerms.AspNetCore.Tests.Harness;

/// <summary>
/// Specs with a Feature column for the page's features section. Against the mock's partial
/// certificate (the bundled spec without Class Calendars: Read, among others) Rostering works and
/// Calendars will fail.
/// </summary>
internal static class FeatureSpecs
{
    /// <summary>Rostering (Student Data, Teacher Data: Read) and Calendars (Student Data, Class Calendars: Read).</summary>
    public static PermissionSpec RosteringAndCalendars { get; } = SpecParser.Parse(
        "Group,Table/Program Area,Permission Needed,Reason,Feature\n"
        + "Student Data,Student Data,Read,rosters,Rostering; Calendars\n"
        + "Scheduling,Teacher Data,Read,teachers,Rostering\n"
        + "Scheduling,Class Calendars,Read,class meeting days,Calendars\n");

    /// <summary>The same grants without a Feature column.</summary>
    public static PermissionSpec WithoutFeatures { get; } = SpecParser.Parse(
        "Group,Table/Program Area,Permission Needed,Reason\n"
        + "Student Data,Student Data,Read,rosters\n"
        + "Scheduling,Teacher Data,Read,teachers\n"
        + "Scheduling,Class Calendars,Read,class meeting days\n");
}
