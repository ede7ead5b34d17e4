using System;
using System.Collections.Generic;
using System.Linq;

namespace IlluminatePerms.Tests.Shared.Hostile;

/// <summary>One request as a hostile server read it off the wire: the head as sent, and the body decoded.</summary>
internal sealed record ReceivedRequest(string Method, string Target, IReadOnlyList<KeyValuePair<string, string>> Headers, string Head, byte[] Body)
{
    /// <summary>The first value of header <paramref name="name"/> (any case), or null.</summary>
    public string? Header(string name)
        => Headers.FirstOrDefault(header => string.Equals(header.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    /// <summary>Whether <paramref name="text"/> appears anywhere in what was received.</summary>
    public bool Contains(string text)
        => Head.Contains(text, StringComparison.Ordinal) || System.Text.Encoding.UTF8.GetString(Body).Contains(text, StringComparison.Ordinal);
}
