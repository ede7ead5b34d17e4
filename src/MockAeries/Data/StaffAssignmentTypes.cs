namespace IlluminatePerms.MockAeries.Data;

/// <summary>The two values of a staff assignment's AssignmentType, as the Staff-related article writes them (lower case).</summary>
internal static class StaffAssignmentTypes
{
    public const string Certificated = "certificated";
    public const string Classified = "classified";
}
