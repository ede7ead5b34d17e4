using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using IlluminatePerms.Client.Errors;

namespace IlluminatePerms.Client.Http;

/// <summary>
/// A read-only view of a response body that fails with <see cref="AeriesResponseTooLargeException"/>
/// once more than a cap has been read, so a huge body (pictures, "all records") never fills memory.
/// A streamed answer caps each record instead: its reader calls <see cref="Restart"/> at every record.
/// </summary>
internal sealed class CappedReadStream : ReadOnlyStream
{
    private readonly Stream inner;
    private readonly long limit;
    private readonly Func<Exception> tooLarge;
    private long read;

    public CappedReadStream(Stream inner, long limit)
        : this(inner, limit, () => new AeriesResponseTooLargeException(limit))
    {
    }

    /// <param name="inner">The body.</param>
    /// <param name="limit">The most bytes read (since the last <see cref="Restart"/>).</param>
    /// <param name="tooLarge">The exception that says the cap was passed.</param>
    public CappedReadStream(Stream inner, long limit, Func<Exception> tooLarge)
    {
        this.inner = inner;
        this.limit = limit;
        this.tooLarge = tooLarge;
    }

    /// <summary>
    /// Starts the count again (a streamed answer's reader has taken a record). The JSON reader fills a
    /// buffer before it hands out the records in it, so the count is of the bytes read while waiting
    /// for the next record: a record over the cap always fails.
    /// </summary>
    public void Restart() => read = 0;

    public override int Read(Span<byte> buffer) => Count(inner.Read(buffer));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        => Count(await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false));

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private int Count(int bytes)
    {
        read += bytes;
        if (read > limit)
        {
            throw tooLarge();
        }

        return bytes;
    }
}
