namespace IlluminatePerms.MockAeries.Faults;

/// <summary>The trouble injected into one request.</summary>
public enum FaultKind
{
    /// <summary>None: the request is answered normally (latency may still apply).</summary>
    None,

    /// <summary>Answered 500 or 503.</summary>
    Error,

    /// <summary>Answered 429 with Retry-After.</summary>
    Throttle,

    /// <summary>The connection is dropped without an answer.</summary>
    Drop,
}
