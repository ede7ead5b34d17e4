namespace IlluminatePerms.Contract;

/// <summary>What the body of a successful answer holds.</summary>
#if BUILDING_SOURCE_GENERATOR
internal enum AeriesResponseKind
#else
public enum AeriesResponseKind
#endif
{
    /// <summary>One JSON object.</summary>
    Object,

    /// <summary>A JSON array of records (possibly empty).</summary>
    Array,

    /// <summary>No body (a delete answered 204).</summary>
    Empty,
}
