using IlluminatePerms.Grants;

namespace IlluminatePerms.Contract;

/// <summary>
/// Which area governs a row of <c>students/{id}/programs</c>, by program code: 127 GATE, 144 Special
/// Education, 181 and 182 free and reduced meals, any other code Special Programs. The one list of
/// it: the checker reads it to tell which rows prove an area, the mock to decide which rows a
/// certificate may see.
/// </summary>
internal static class ProgramRows
{
    public static AeriesArea AreaOf(string? programCode) => programCode?.Trim() switch
    {
        "127" => AreaCatalog.Get("GATE"),
        "144" => AreaCatalog.Get("Special Education"),
        "181" or "182" => AreaCatalog.Get("Free and Reduced"),
        _ => AreaCatalog.Get("Special Programs"),
    };
}
