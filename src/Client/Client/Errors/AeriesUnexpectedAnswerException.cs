namespace IlluminatePerms.Client.Errors;

/// <summary>
/// The server answered a success status with something that is not Aeries' JSON: an HTML page (a
/// sign-in page, a proxy's page), another content type, JSON that does not parse, or JSON of
/// another shape than records. Such an answer proves nothing about the request it answered.
/// </summary>
public sealed class AeriesUnexpectedAnswerException : AeriesApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="statusCode">The success status the server answered.</param>
    /// <param name="operationId">The contract operation called.</param>
    /// <param name="answered">What came back, as a phrase that follows "The server": e.g. "answered 200 with an HTML page (text/html), not Aeries' JSON: …". Server text in it must be cleaned first.</param>
    public AeriesUnexpectedAnswerException(int statusCode, string operationId, string answered)
        : base(statusCode, operationId, null, $"The server {answered} ({operationId})")
    {
        Answered = answered;
    }

    /// <summary>What came back, as a phrase that follows "The server", e.g. "answered 200 with an HTML page (text/html), not Aeries' JSON: a sign-in page or a proxy in the way?".</summary>
    public string Answered { get; }
}
