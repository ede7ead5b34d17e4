using System;
using System.Globalization;
using IlluminatePerms.Grants;

namespace IlluminatePerms.MockAeries.Http;

/// <summary>
/// Raised by an endpoint to answer with an Aeries error (a status of 400 or more and a
/// <c>{"Message": ...}</c> body). The request pipeline turns it into the response.
/// </summary>
internal sealed class ApiProblem : Exception
{
    /// <summary>Creates the problem.</summary>
    public ApiProblem(int statusCode, string message, bool isBusinessRule = false)
        : base(message)
    {
        StatusCode = statusCode;
        IsBusinessRule = isBusinessRule;
    }

    /// <summary>The HTTP status to answer with (for a business rule, unless the assumptions say otherwise).</summary>
    public int StatusCode { get; }

    /// <summary>Whether a business rule refused the write (its status is <see cref="MockAssumptions.BusinessRuleStatusCode"/>).</summary>
    public bool IsBusinessRule { get; }

    /// <summary>400: a missing or malformed field, or a business rule.</summary>
    public static ApiProblem BadRequest(string message) => new(400, message);

    /// <summary>A write that a business rule refuses (a key that exists, a reference that does not): 400 unless <see cref="MockAssumptions.BusinessRuleStatusCode"/> says otherwise.</summary>
    public static ApiProblem BusinessRule(string message) => new(400, message, isBusinessRule: true);

    /// <summary>404: the single addressed object does not exist.</summary>
    public static ApiProblem NotFound(string message) => new(404, message);

    /// <summary>The refusal of a certificate without <paramref name="grant"/>, worded and numbered as <paramref name="assumptions"/> say (several levels as "Read, Update").</summary>
    public static ApiProblem MissingPermission(MockAssumptions assumptions, Grant grant) => new(
        assumptions.MissingPermissionStatusCode,
        string.Format(CultureInfo.InvariantCulture, assumptions.MissingPermissionMessageFormat, grant.Area.Name, AccessText.Format(grant.Access)));
}
