using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;

namespace IlluminatePerms.AspNetCore.Network;

/// <summary>
/// The <see cref="SocketsHttpHandler.ConnectCallback"/> of the page's checks: it resolves the host
/// itself and connects only to an address <see cref="AddressPolicy"/> accepts, so the address judged
/// is the address connected to. A host that answers DNS with a public address for a first look and
/// a private one for the connection (DNS rebinding) is refused at the connection.
/// </summary>
internal sealed class GuardedConnector
{
    private readonly Func<string, CancellationToken, Task<IPAddress[]>> resolve;
    private readonly bool allowPrivateNetworks;

    /// <summary>Creates a connector resolving with <paramref name="resolve"/> (the system's DNS when null).</summary>
    public GuardedConnector(bool allowPrivateNetworks, Func<string, CancellationToken, Task<IPAddress[]>>? resolve = null)
    {
        this.allowPrivateNetworks = allowPrivateNetworks;
        this.resolve = resolve ?? Dns.GetHostAddressesAsync;
    }

    /// <summary>The host's addresses this connector would connect to, public ones only unless private networks are allowed.</summary>
    /// <exception cref="RefusedAddressException">Every address of the host is refused.</exception>
    public async Task<IReadOnlyList<IPAddress>> AllowedAddressesAsync(string host, CancellationToken cancellationToken)
    {
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal) ? [literal] : await resolve(host, cancellationToken).ConfigureAwait(false);
        if (allowPrivateNetworks)
        {
            return addresses;
        }

        // One refused address refuses the host: a name that mixes public and private answers is not a district's.
        foreach (var address in addresses)
        {
            if (AddressPolicy.Refusal(address) is { } why)
            {
                throw new RefusedAddressException(host, why);
            }
        }

        return addresses;
    }

    /// <summary>Connects to the first allowed address of the request's host that answers.</summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var addresses = await AllowedAddressesAsync(context.DnsEndPoint.Host, cancellationToken).ConfigureAwait(false);
        if (addresses.Count == 0)
        {
            throw new SocketException((int)SocketError.HostNotFound);
        }

        SocketException? last = null;
        foreach (var address in addresses)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, context.DnsEndPoint.Port), cancellationToken).ConfigureAwait(false);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException exception)
            {
                // The next address may answer (an IPv6 address on a host without IPv6 routes, say).
                socket.Dispose();
                last = exception;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }

        throw last!;
    }
}
