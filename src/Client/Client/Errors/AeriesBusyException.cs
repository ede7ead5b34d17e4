using System;
using System.Globalization;

namespace IlluminatePerms.Client.Errors;

/// <summary>
/// Aeries answered a refusal to serve now (429, 503) with <c>Retry-After</c>. When the wait it asked
/// for was longer than the request had left (its timeout, or the check's deadline), the request was
/// not retried: waiting would only have run out the clock.
/// </summary>
public sealed class AeriesBusyException : AeriesApiException
{
    internal AeriesBusyException(int statusCode, string operationId, string? aeriesMessage, TimeSpan retryAfter, bool longerThanTimeLeft)
        : base(statusCode, operationId, aeriesMessage, $"Aeries answered {statusCode} to {operationId}: {Explain(retryAfter, longerThanTimeLeft)}.{(aeriesMessage is null ? string.Empty : " " + aeriesMessage)}")
    {
        RetryAfter = retryAfter;
        LongerThanTimeLeft = longerThanTimeLeft;
    }

    /// <summary>The wait Aeries asked for (its <c>Retry-After</c>).</summary>
    public TimeSpan RetryAfter { get; }

    /// <summary>Whether that wait was longer than the time the request had left, so it was not retried.</summary>
    public bool LongerThanTimeLeft { get; }

    /// <summary>What the check reports: "Aeries asked to wait N s, …".</summary>
    internal string Explanation => Explain(RetryAfter, LongerThanTimeLeft);

    private static string Explain(TimeSpan retryAfter, bool longerThanTimeLeft)
        => longerThanTimeLeft
            ? string.Create(CultureInfo.InvariantCulture, $"Aeries asked to wait {retryAfter.TotalSeconds:0.#} s, longer than the time left for the request, so it was not retried")
            : string.Create(CultureInfo.InvariantCulture, $"Aeries asked to wait {retryAfter.TotalSeconds:0.#} s and was still busy after the retries");
}
