using System;

namespace IlluminatePerms.Client.Errors;

/// <summary>A verified write still did not show in Aeries' read-back after every attempt.</summary>
public sealed class AeriesWriteNotConfirmedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public AeriesWriteNotConfirmedException(string operationId, int attempts, Exception? lastFailure)
        : base($"{operationId} was not confirmed by reading it back after {attempts} attempt(s)." + (lastFailure is null ? string.Empty : $" Last failure: {lastFailure.Message}"), lastFailure)
    {
        OperationId = operationId;
        Attempts = attempts;
    }

    /// <summary>The write operation.</summary>
    public string OperationId { get; }

    /// <summary>Attempts made.</summary>
    public int Attempts { get; }
}
