namespace IlluminatePerms.Spec;

/// <summary>
/// Stable IDs of the problems a permission spec can have. They are Roslyn diagnostic IDs too, so a
/// project can set their severity in .editorconfig; docs/diagnostics.md describes each.
/// </summary>
#if BUILDING_SOURCE_GENERATOR
internal static class SpecDiagnosticIds
#else
public static class SpecDiagnosticIds
#endif
{
    /// <summary>No permission spec among the project's AdditionalFiles.</summary>
    public const string NoSpec = "IP1001";

    /// <summary>The text breaks RFC 4180: an unterminated or stray quote.</summary>
    public const string MalformedCsv = "IP1002";

    /// <summary>A row has more or fewer fields than the header.</summary>
    public const string WrongColumnCount = "IP1003";

    /// <summary>The first record is not a header naming the area and access columns.</summary>
    public const string MissingHeader = "IP1004";

    /// <summary>The spec has no permission rows.</summary>
    public const string EmptySpec = "IP1005";

    /// <summary>An area that is not in the Aeries catalog.</summary>
    public const string UnknownArea = "IP1006";

    /// <summary>An access level that is not Read, Update, Insert or Delete.</summary>
    public const string UnknownAccess = "IP1007";

    /// <summary>An access level that no known Aeries endpoint uses on that area.</summary>
    public const string UnsupportedAccess = "IP1008";

    /// <summary>The same area on two rows.</summary>
    public const string DuplicateArea = "IP1009";

    /// <summary>A row without a reason.</summary>
    public const string MissingReason = "IP1010";

    /// <summary>A row whose group is not the group Aeries shows the area under.</summary>
    public const string GroupMismatch = "IP1011";

    /// <summary>More than one file is marked as the permission spec.</summary>
    public const string MultipleSpecs = "IP1012";

    /// <summary>The fields are separated by ';' or tabs (Excel in some locales), not commas.</summary>
    public const string WrongSeparator = "IP1016";

    /// <summary>The spec is not UTF-8 (Excel's "CSV (Comma delimited)" writes the Windows code page).</summary>
    public const string NotUtf8 = "IP1017";

    /// <summary>No "# Product Name:" line: the checklist cannot say what to enter in Aeries.</summary>
    public const string NoProductName = "IP1018";

    /// <summary>A name whose meaning changed with the endpoint contract ("Discipline" is no longer Assertive Discipline).</summary>
    public const string ChangedAreaMeaning = "IP1020";

    /// <summary>A reason that is still the placeholder a tool wrote ("TODO: ..."): the author has not said why.</summary>
    public const string PlaceholderReason = "IP1021";

    /// <summary>
    /// A feature whose name gives the generated <c>Features</c> class no member of its own: no letter or digit
    /// in it, or the same C# name as another feature or as a member every class has.
    /// </summary>
    public const string UnusableFeatureName = "IP1022";
}
