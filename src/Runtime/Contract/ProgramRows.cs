using IlluminatePerms.Grants;

namespace IlluminatePerms.Contract;

/// <summary>
/// Which area governs a row of <c>students/{id}/programs</c>, by program code, as the article's
/// field table maps codes to tables: 127 GATE (GTE), 144 Special Education (CSE) and "144x" (the
/// same CSE record while the student is being evaluated for services), 181 and 182 free and reduced
/// meals (FRE), 101 a 504 accommodation plan (FOF), any other code a Special Programs row (PGM). The
/// one list of it: the checker reads it to tell which rows suggest an area, the mock to decide which
/// rows a certificate may see.
/// </summary>
/// <remarks>
/// That a row's area decides whether a certificate sees it is itself undocumented: the article names
/// only the screen heading "Student Programs" (docs/aeries-assumptions.md).
/// </remarks>
internal static class ProgramRows
{
    /// <summary>
    /// The API Security row a program code's table sits under; null for 101, whose table (FOF, 504
    /// plans) has no row of its own on the screen and no article that ties it to one.
    /// </summary>
    public static AeriesArea? AreaOf(string? programCode) => programCode?.Trim().ToUpperInvariant() switch
    {
        "127" => AreaCatalog.Get("GATE"),
        "144" or "144X" => AreaCatalog.Get("Special Education"),
        "181" or "182" => AreaCatalog.Get("Free and Reduced"),
        "101" => null,
        _ => AreaCatalog.Get("Special Programs"),
    };
}
