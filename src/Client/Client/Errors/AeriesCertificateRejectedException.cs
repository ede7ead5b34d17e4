namespace IlluminatePerms.Client.Errors;

/// <summary>
/// Aeries answered 401 to an operation that needs no permission: the certificate is not one of
/// this district (wrong, revoked, or copied incompletely), or the base URL is another district's.
/// </summary>
public sealed class AeriesCertificateRejectedException : AeriesApiException
{
    /// <summary>Creates the exception.</summary>
    public AeriesCertificateRejectedException(int statusCode, string operationId, string? aeriesMessage, string redactedCertificate)
        : base(statusCode, operationId, aeriesMessage,
            $"Aeries did not accept the certificate {redactedCertificate} ({statusCode} on {operationId}, which needs no permission): check it was copied whole from Display Certificate Details and belongs to this district."
            + (aeriesMessage is null ? string.Empty : $" Aeries said: {aeriesMessage}"))
    {
    }
}
