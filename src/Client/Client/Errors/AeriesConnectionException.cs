using System;
using System.Globalization;
using System.Net.Http;

namespace IlluminatePerms.Client.Errors;

/// <summary>Aeries could not be reached: DNS, refused connection, timeout or a failed TLS handshake.</summary>
public sealed class AeriesConnectionException : HttpRequestException
{
    /// <summary>Creates the exception.</summary>
    public AeriesConnectionException(string host, string operationId, bool isTls, Exception inner)
        : base(Describe(host, operationId, isTls, inner), inner)
    {
        Host = host;
        OperationId = operationId;
        IsTls = isTls;
    }

    private AeriesConnectionException(string host, string operationId, TimeSpan timeout, Exception inner)
        : base(string.Create(CultureInfo.InvariantCulture, $"Aeries at {host} did not answer {operationId} within {timeout.TotalSeconds:0.#} s, the request's timeout (AeriesClientOptions.AttemptTimeout; the whole answer, body included, must arrive within it)."), inner)
    {
        Host = host;
        OperationId = operationId;
        Timeout = timeout;
    }

    /// <summary>The timeout that ran out, when the request timed out (headers or body); null for other failures.</summary>
    public TimeSpan? Timeout { get; }

    /// <summary>The district's host.</summary>
    public string Host { get; }

    /// <summary>The contract operation attempted.</summary>
    public string OperationId { get; }

    /// <summary>Whether the TLS handshake failed (the likely cause: a district certificate authority this machine does not trust).</summary>
    public bool IsTls { get; }

    /// <summary>The request, body included, did not finish within <paramref name="timeout"/>.</summary>
    internal static AeriesConnectionException TimedOut(string host, string operationId, TimeSpan timeout, Exception? cause = null)
        => new(host, operationId, timeout, new TimeoutException(string.Create(CultureInfo.InvariantCulture, $"No complete answer within {timeout.TotalSeconds:0.#} s."), cause));

    private static string Describe(string host, string operationId, bool isTls, Exception inner)
        => isTls
            ? $"The TLS handshake with {host} failed ({operationId}): the likely cause is that the district's server certificate is issued by its own certificate authority, which this machine does not trust. Trust it with AeriesClientOptions.TrustedCertificateAuthorities (or install it in the system store). Details: {inner.GetBaseException().Message}"
            : $"Aeries at {host} could not be reached ({operationId}): {inner.GetBaseException().Message}";
}
