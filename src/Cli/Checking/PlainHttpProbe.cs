using System;
using System.IO;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace IlluminatePerms.Cli.Checking;

/// <summary>
/// Tells a server that speaks plain HTTP on an https address apart from one whose certificate this
/// machine does not trust: both fail the TLS handshake, but only the first answers a plain request.
/// The request carries no certificate and goes only to the district's own host and port.
/// </summary>
internal static class PlainHttpProbe
{
    /// <summary>Longest the probe may take: it only refines a message.</summary>
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(5);

    /// <summary>True when <paramref name="address"/>'s host and port answer a plain HTTP request with an HTTP status line.</summary>
    public static async Task<bool> AnswersPlainHttpAsync(Uri address, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(Limit);
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(address.Host, address.Port, limit.Token).ConfigureAwait(false);
            var stream = client.GetStream();
            await stream.WriteAsync(Encoding.ASCII.GetBytes($"HEAD / HTTP/1.0\r\nHost: {address.Authority}\r\n\r\n"), limit.Token).ConfigureAwait(false);
            var start = new byte[5];
            var read = 0;
            while (read < start.Length)
            {
                var got = await stream.ReadAsync(start.AsMemory(read), limit.Token).ConfigureAwait(false);
                if (got == 0)
                {
                    break;
                }

                read += got;
            }

            return read == start.Length && Encoding.ASCII.GetString(start) == "HTTP/";
        }
        catch (Exception exception) when (exception is SocketException or IOException or OperationCanceledException)
        {
            // No plain answer either: no evidence against the TLS explanation, which then stands.
            return false;
        }
    }
}
