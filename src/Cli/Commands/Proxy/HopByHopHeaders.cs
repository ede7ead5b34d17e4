using System;
using System.Collections.Generic;

namespace IlluminatePerms.Cli.Commands.Proxy;

/// <summary>
/// Headers that belong to one connection, not to the message (RFC 9110 section 7.6.1): a proxy
/// drops them, and any header the Connection header names, instead of passing them on.
/// </summary>
internal static class HopByHopHeaders
{
    private static readonly HashSet<string> Always = new(StringComparer.OrdinalIgnoreCase)
    {
        "Connection", "Keep-Alive", "Proxy-Connection", "Proxy-Authenticate", "Proxy-Authorization",
        "TE", "Trailer", "Transfer-Encoding", "Upgrade",
    };

    /// <summary>The hop-by-hop header names of a message whose Connection header reads <paramref name="connection"/>.</summary>
    public static IReadOnlySet<string> Of(IEnumerable<string?> connection)
    {
        // Nearly every message names no header in Connection: the shared set serves it without a copy.
        HashSet<string>? names = null;
        foreach (var value in connection)
        {
            foreach (var token in (value ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!Always.Contains(token) && !token.Equals("close", StringComparison.OrdinalIgnoreCase))
                {
                    (names ??= new HashSet<string>(Always, StringComparer.OrdinalIgnoreCase)).Add(token);
                }
            }
        }

        return names ?? Always;
    }
}
