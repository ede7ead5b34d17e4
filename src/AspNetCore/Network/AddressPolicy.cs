using System;
using System.Net;
using System.Net.Sockets;

namespace IlluminatePerms.AspNetCore.Network;

/// <summary>
/// Which addresses a check may connect to. A page on the internet that calls whatever URL a stranger
/// types must not become a way into the network it runs in: loopback, private, link-local, multicast
/// and the other ranges no district's Aeries is served from are refused unless the host allows them.
/// </summary>
internal static class AddressPolicy
{
    /// <summary>Why <paramref name="address"/> is refused ("a private address"); null when it is a public unicast address.</summary>
    public static string? Refusal(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        // An IPv4 address written as IPv6 (::ffff:10.0.0.1) reaches the IPv4 host: judge that.
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => RefusalV4(address.GetAddressBytes()),
            AddressFamily.InterNetworkV6 => RefusalV6(address),
            _ => "not an internet address",
        };
    }

    private static string? RefusalV4(byte[] b) => b switch
    {
        [0, ..] => "an unspecified address (0.0.0.0/8)",
        [127, ..] => "a loopback address",
        [10, ..] => "a private address (10.0.0.0/8)",
        [172, >= 16 and <= 31, ..] => "a private address (172.16.0.0/12)",
        [192, 168, ..] => "a private address (192.168.0.0/16)",
        [100, >= 64 and <= 127, ..] => "a shared carrier-grade NAT address (100.64.0.0/10)",
        [169, 254, ..] => "a link-local address",
        [192, 0, 0, ..] => "an IETF protocol address (192.0.0.0/24)",
        [198, 18 or 19, ..] => "a benchmarking address (198.18.0.0/15)",
        [>= 224 and <= 239, ..] => "a multicast address",
        [>= 240, ..] => "a reserved or broadcast address",
        _ => null,
    };

    private static string? RefusalV6(IPAddress address)
    {
        if (address.Equals(IPAddress.IPv6Loopback))
        {
            return "a loopback address";
        }

        if (address.Equals(IPAddress.IPv6Any))
        {
            return "an unspecified address";
        }

        var b = address.GetAddressBytes();
        return b switch
        {
            [0xfc or 0xfd, ..] => "a private address (fc00::/7)",
            [0xfe, >= 0x80 and <= 0xbf, ..] => "a link-local address",
            [0xfe, >= 0xc0, ..] => "a site-local address (fec0::/10)",
            [0xff, ..] => "a multicast address",
            // NAT64 (64:ff9b::/96) and IPv4-compatible (::a.b.c.d) addresses carry an IPv4 host in their last four bytes.
            [0x00, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0, ..] or [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, ..] => RefusalV4(b[12..]),
            _ => null,
        };
    }
}
