using System;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using IlluminatePerms.Client.Errors;
using IlluminatePerms.Client.Json;
using IlluminatePerms.Connection;
using IlluminatePerms.Contract;

namespace IlluminatePerms.Client.Http;

/// <summary>Turns an Aeries error answer into the typed exception that says what went wrong.</summary>
internal static class AeriesErrorReader
{
    // An error body is a short {"Message": ...}; anything longer is not worth reading.
    private const int MaxErrorBodyBytes = 64 * 1024;

    /// <summary>The exception for an error answer; <paramref name="sent"/>, when given, is the grant the request needed instead of the operation's own (the area of the record written).</summary>
    public static async Task<AeriesApiException> ReadAsync(AeriesOperation operation, HttpResponseMessage response, AeriesCertificate certificate, CancellationToken cancellationToken, Grants.Grant? sent = null)
    {
        var message = await ReadMessageAsync(response, cancellationToken).ConfigureAwait(false);
        message = ServerText.Clean(message, certificate);
        var status = (int)response.StatusCode;
        if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden && (sent ?? operation.RequiredGrant) is { } grant)
        {
            return new AeriesPermissionException(status, operation.Id, message, grant);
        }

        if (response.StatusCode == HttpStatusCode.Unauthorized && operation.RequiresCertificate)
        {
            return new AeriesCertificateRejectedException(status, operation.Id, message, certificate.Redacted);
        }

        return new AeriesApiException(status, operation.Id, message);
    }

    private static async Task<string?> ReadMessageAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentLength is 0)
        {
            return null;
        }

        var stream = new CappedReadStream(await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false), MaxErrorBodyBytes);
        await using (stream.ConfigureAwait(false))
        {
            try
            {
                var body = await JsonSerializer.DeserializeAsync(stream, AeriesJsonContext.Default.AeriesErrorBody, cancellationToken).ConfigureAwait(false);
                return body?.Message;
            }
            catch (JsonException)
            {
                // Not Aeries' JSON error shape (an IIS page, XML): the status alone is what we know.
                return null;
            }
            catch (AeriesResponseTooLargeException)
            {
                return null;
            }
        }
    }
}
