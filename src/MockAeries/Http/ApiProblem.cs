using System;

namespace IlluminatePerms.MockAeries.Http;

/// <summary>
/// Raised by an endpoint to answer with an Aeries error (a status of 400 or more and a
/// <c>{"Message": ...}</c> body). The request pipeline turns it into the response.
/// </summary>
internal sealed class ApiProblem : Exception
{
    /// <summary>Creates the problem.</summary>
    public ApiProblem(int statusCode, string message)
        : base(message)
    {
        StatusCode = statusCode;
    }

    /// <summary>The HTTP status to answer with.</summary>
    public int StatusCode { get; }

    /// <summary>400: a missing or malformed field, or a business rule.</summary>
    public static ApiProblem BadRequest(string message) => new(400, message);

    /// <summary>404: the single addressed object does not exist.</summary>
    public static ApiProblem NotFound(string message) => new(404, message);
}
