using System;
using System.Security.Cryptography.X509Certificates;
using IlluminatePerms.Grants;

namespace IlluminatePerms.Client;

/// <summary>
/// How an <see cref="AeriesClient"/> talks to a district's Aeries: transport, paging, limits and
/// retries. Where (the base URL) and with what (the certificate) are the client's constructor arguments.
/// </summary>
public sealed class AeriesClientOptions
{
    /// <summary>Default number of records per page of a paged list.</summary>
    public const int DefaultPageSize = 500;

    /// <summary>
    /// The school year to read (the year it starts, e.g. 2025 for 2025-2026), sent as
    /// <c>?DatabaseYear=</c>; null reads the district's default year.
    /// </summary>
    public int? DatabaseYear { get; set; }

    /// <summary>Records per request of a paged list (StartingRecord/EndingRecord); 1 to 10,000.</summary>
    public int PageSize { get; set; } = DefaultPageSize;

    /// <summary>The largest response body read, in bytes (pictures are large); bigger bodies fail.</summary>
    public long MaxResponseBytes { get; set; } = 32L * 1024 * 1024;

    /// <summary>
    /// The most bytes a streamed answer (the <c>Stream…Async</c> methods, whose answers are a whole
    /// school's records) may take to deliver its next record; a bigger record fails. Streamed
    /// answers have no whole-answer cap: this, <see cref="MaxStreamedRecords"/> and
    /// <see cref="AttemptTimeout"/> bound them instead.
    /// </summary>
    public long MaxRecordBytes { get; set; } = 4L * 1024 * 1024;

    /// <summary>
    /// The most records a streamed answer may hold; past it the answer is taken for an endless one and
    /// fails. The default is twenty times a school of 10,000 students.
    /// </summary>
    public int MaxStreamedRecords { get; set; } = 200_000;

    /// <summary>
    /// The grants of the product's permission spec. When set, a call that needs any other grant fails
    /// with <see cref="Errors.MissingGrantException"/> before any network I/O.
    /// </summary>
    public GrantSet? Guard { get; set; }

    /// <summary>Attempts of a verified write (a score write-back or an assignment insert), 1 to 10.</summary>
    public int MaxWriteAttempts { get; set; } = 3;

    /// <summary>
    /// Certificate authorities to trust for the district's server certificate (districts that issue
    /// their own); the system's trusted roots still apply.
    /// </summary>
    public X509Certificate2Collection TrustedCertificateAuthorities { get; } = new();

    /// <summary>
    /// Time one attempt of a request may take, from sending it to the last byte of the answer's body
    /// (<c>AddAeriesClient</c>'s resilience bounds the wait for the headers; the client the body).
    /// </summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Time a request may take with all its retries, body included (used by <c>AddAeriesClient</c>'s resilience and the client).</summary>
    public TimeSpan TotalRequestTimeout { get; set; } = TimeSpan.FromSeconds(120);

    /// <summary>Retries of a read after a 5xx, 429 or timeout (used by <c>AddAeriesClient</c>'s resilience).</summary>
    public int MaxReadRetries { get; set; } = 3;

    /// <summary>First retry delay; later ones grow exponentially, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// When the caller must be done (a <see cref="System.Diagnostics.Stopwatch"/> timestamp), e.g. the
    /// deadline of a check; a Retry-After that would end past it is not waited for. Null: none.
    /// </summary>
    internal long? CallerDeadline { get; set; }

    /// <summary>Checks the options before use.</summary>
    /// <exception cref="InvalidOperationException">An option is out of range.</exception>
    public void Validate()
    {
        if (PageSize is < 1 or > 10_000)
        {
            throw new InvalidOperationException($"AeriesClientOptions.PageSize must be 1 to 10,000, not {PageSize}.");
        }

        if (MaxResponseBytes < 1024)
        {
            throw new InvalidOperationException("AeriesClientOptions.MaxResponseBytes must be at least 1,024.");
        }

        if (MaxRecordBytes < 1024 || MaxStreamedRecords < 1)
        {
            throw new InvalidOperationException("AeriesClientOptions.MaxRecordBytes must be at least 1,024 and MaxStreamedRecords at least 1.");
        }

        if (AttemptTimeout <= TimeSpan.Zero || TotalRequestTimeout <= TimeSpan.Zero)
        {
            throw new InvalidOperationException("AeriesClientOptions.AttemptTimeout and TotalRequestTimeout must be positive.");
        }

        if (MaxWriteAttempts is < 1 or > 10)
        {
            throw new InvalidOperationException($"AeriesClientOptions.MaxWriteAttempts must be 1 to 10, not {MaxWriteAttempts}.");
        }
    }
}
