using System;
using System.Collections.Generic;

namespace IlluminatePerms.Cli.Commands.Proxy;

/// <summary>
/// One request passed to the district and its answer, as the proxy saw them. The certificate header
/// is not among <see cref="RequestHeaders"/>; <see cref="Certificates"/> holds its values only so
/// that a recording can remove them where a district echoed them back.
/// </summary>
internal sealed record ProxiedExchange
{
    /// <summary>When the request arrived.</summary>
    public required DateTimeOffset Started { get; init; }

    /// <summary>The request's method, upper case.</summary>
    public required string Method { get; init; }

    /// <summary>The request's path relative to the district's base URL, without the query (e.g. <c>api/v5/schools/994</c>), percent-encoded as sent.</summary>
    public required string Path { get; init; }

    /// <summary>The query string as sent, with its '?', or empty.</summary>
    public required string Query { get; init; }

    /// <summary>The request's headers, hop-by-hop headers and the certificate left out.</summary>
    public required IReadOnlyList<KeyValuePair<string, string>> RequestHeaders { get; init; }

    /// <summary>The request's body (empty when none).</summary>
    public required byte[] RequestBody { get; init; }

    /// <summary>The values of the certificate header (never written anywhere).</summary>
    public required IReadOnlyList<string> Certificates { get; init; }

    /// <summary>The status passed back, or 0 when the caller hung up before there was one.</summary>
    public int Status { get; init; }

    /// <summary>Whether the district answered: false when the proxy answered itself (502, 504) or the caller went first.</summary>
    public bool DistrictAnswered { get; init; }

    /// <summary>The answer's headers, hop-by-hop headers left out.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> AnswerHeaders { get; init; } = [];

    /// <summary>The answer's Content-Type, or null.</summary>
    public string? ContentType { get; init; }

    /// <summary>The whole answer body, or null when it was larger than the proxy keeps or was cut off.</summary>
    public byte[]? AnswerBody { get; init; }

    /// <summary>How many bytes of answer were passed on.</summary>
    public long AnswerLength { get; init; }

    /// <summary>What went wrong passing the exchange on (no answer, cut off), or null.</summary>
    public string? Trouble { get; init; }

    /// <summary>Time from the request's arrival to the answer's last byte.</summary>
    public TimeSpan Elapsed { get; init; }
}
