using IlluminatePerms.Grants;

namespace IlluminatePerms.Client.Errors;

/// <summary>
/// Aeries refused an operation (401 or 403) that needs a permission: the certificate lacks
/// <see cref="Refused"/>, or (Aeries answers 401 for both) it is not a certificate of the district at all.
/// The GrantChecker tells the two apart by calling an endpoint that needs no permission.
/// </summary>
public sealed class AeriesPermissionException : AeriesApiException
{
    /// <summary>Creates the exception.</summary>
    public AeriesPermissionException(int statusCode, string operationId, string? aeriesMessage, Grant refused)
        : base(statusCode, operationId, aeriesMessage, Describe(statusCode, operationId, aeriesMessage, refused))
    {
        Refused = refused;
    }

    /// <summary>The grant the operation needs, e.g. "Student Data: Read".</summary>
    public Grant Refused { get; }

    /// <summary>The area refused.</summary>
    public AeriesArea Area => Refused.Area;

    /// <summary>The access refused.</summary>
    public AeriesAccess Access => Refused.Access;

    private static string Describe(int statusCode, string operationId, string? aeriesMessage, Grant refused)
        => $"Aeries refused {operationId} ({statusCode}): the certificate needs '{refused}' (tick {refused.Area.Group} → {refused.Area.Name} → {AccessText.Format(refused.Access)} in Security → API Security)."
           + (aeriesMessage is null ? string.Empty : $" Aeries said: {aeriesMessage}");
}
