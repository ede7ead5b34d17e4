using System;

namespace IlluminatePerms.AspNetCore;

/// <summary>How the check page behaves: which networks it may call, how often a client may check, and its limits.</summary>
public sealed class AeriesCheckOptions
{
    /// <summary>
    /// Lets checks call loopback, private, link-local and multicast addresses (default false). Only
    /// for a page that is not reachable from the internet (a local mock, a district's own network):
    /// otherwise anyone could make the server probe the network it runs in.
    /// </summary>
    public bool AllowPrivateNetworks { get; set; }

    /// <summary>Checks one client (one remote address) may start per <see cref="RateLimitWindow"/> (default 10).</summary>
    public int ChecksPerClient { get; set; } = 10;

    /// <summary>The window <see cref="ChecksPerClient"/> counts in (default one minute).</summary>
    public TimeSpan RateLimitWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The largest request body accepted, in bytes (default 8 KiB: a URL and a certificate need far less).</summary>
    public long MaxRequestBodyBytes { get; set; } = 8 * 1024;

    /// <summary>Time one check may take in all (default two minutes; must be positive, or the site does not start); what is not done by then is reported as not checked.</summary>
    public TimeSpan CheckDeadline { get; set; } = TimeSpan.FromMinutes(2);
}
