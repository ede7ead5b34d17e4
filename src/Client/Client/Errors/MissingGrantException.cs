using System;
using IlluminatePerms.Grants;

namespace IlluminatePerms.Client.Errors;

/// <summary>
/// The client's guard refused a call before any network I/O: the operation needs a grant outside
/// the spec the client was given, so the product would be using a permission it never asked for.
/// </summary>
public sealed class MissingGrantException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    public MissingGrantException(string operationId, Grant required)
        : base($"{operationId} needs '{required}', which the permission spec does not grant; add it to permissions.csv or do not call it.")
    {
        OperationId = operationId;
        Required = required;
    }

    /// <summary>The contract operation refused.</summary>
    public string OperationId { get; }

    /// <summary>The grant it needs.</summary>
    public Grant Required { get; }
}
