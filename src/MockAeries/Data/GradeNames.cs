namespace IlluminatePerms.MockAeries.Data;

/// <summary>Grade level descriptions as the Student Information example writes them ("12", "Twelfth Grade").</summary>
internal static class GradeNames
{
    private static readonly string[] Ordinals = { "Kindergarten", "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth", "Eleventh", "Twelfth" };

    public static string Short(int grade) => grade.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string Long(int grade) => grade switch
    {
        0 => "Kindergarten",
        >= 1 and <= 12 => $"{Ordinals[grade]} Grade",
        _ => "Reserved for Graduating Seniors",
    };
}
