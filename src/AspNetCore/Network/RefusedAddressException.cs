using System;
using System.IO;

namespace IlluminatePerms.AspNetCore.Network;

/// <summary>A connection was not made because the host name resolved to an address the page refuses (<see cref="AddressPolicy"/>).</summary>
internal sealed class RefusedAddressException : IOException
{
    /// <summary>Creates the exception for <paramref name="host"/>; <paramref name="why"/> is <see cref="AddressPolicy.Refusal"/>'s answer.</summary>
    public RefusedAddressException(string host, string why)
        : base($"{host} resolves to {why}; this page calls only public internet addresses.")
    {
        Host = host;
        Why = why;
    }

    /// <summary>The host name the check was given.</summary>
    public string Host { get; }

    /// <summary>What kind of address it resolved to.</summary>
    public string Why { get; }
}
