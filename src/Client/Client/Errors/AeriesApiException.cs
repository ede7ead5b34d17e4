using System;

namespace IlluminatePerms.Client.Errors;

/// <summary>
/// Aeries answered with an error status. Carries the status, the operation and Aeries' own
/// <c>Message</c>, never the certificate, the query string or record contents.
/// </summary>
public class AeriesApiException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="statusCode">The HTTP status Aeries answered.</param>
    /// <param name="operationId">The contract operation called, e.g. "students.get_student_information".</param>
    /// <param name="aeriesMessage">The <c>Message</c> of Aeries' error body, if it had one.</param>
    public AeriesApiException(int statusCode, string operationId, string? aeriesMessage)
        : this(statusCode, operationId, aeriesMessage, Describe(statusCode, operationId, aeriesMessage))
    {
    }

    /// <summary>Creates the exception with a message of the subclass's making.</summary>
    protected AeriesApiException(int statusCode, string operationId, string? aeriesMessage, string message)
        : base(message)
    {
        StatusCode = statusCode;
        OperationId = operationId;
        AeriesMessage = aeriesMessage;
    }

    /// <summary>The HTTP status Aeries answered.</summary>
    public int StatusCode { get; }

    /// <summary>The contract operation called.</summary>
    public string OperationId { get; }

    /// <summary>The <c>Message</c> of Aeries' error body, or null.</summary>
    public string? AeriesMessage { get; }

    private static string Describe(int statusCode, string operationId, string? aeriesMessage)
        => aeriesMessage is null
            ? $"Aeries answered {statusCode} to {operationId}."
            : $"Aeries answered {statusCode} to {operationId}: {aeriesMessage}";
}
