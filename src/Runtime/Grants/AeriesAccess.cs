using System;

namespace IlluminatePerms.Grants;

/// <summary>
/// The four permission columns of the Aeries API Security grid (Security → API Security).
/// A value may combine several columns, e.g. <c>Read | Update</c>.
/// </summary>
[Flags]
#if BUILDING_SOURCE_GENERATOR
internal enum AeriesAccess
#else
public enum AeriesAccess
#endif
{
    /// <summary>No column ticked.</summary>
    None = 0,

    /// <summary>The "Read" column: GET requests on the area.</summary>
    Read = 1,

    /// <summary>The "Insert" column: requests that create records (typically POST, answered 201).</summary>
    Insert = 2,

    /// <summary>The "Update" column: requests that change existing records.</summary>
    Update = 4,

    /// <summary>The "Delete" column: requests that remove records (answered 204).</summary>
    Delete = 8,

    /// <summary>Every column.</summary>
    All = Read | Insert | Update | Delete,
}
