using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using IlluminatePerms.Client.Errors;

namespace IlluminatePerms.Client.Http;

/// <summary>
/// A read-only view of a response body that fails with <see cref="AeriesResponseTooLargeException"/>
/// once more than a cap has been read, so a huge body (pictures, "all records") never fills memory.
/// </summary>
internal sealed class CappedReadStream : ReadOnlyStream
{
    private readonly Stream inner;
    private readonly long limit;
    private long read;

    public CappedReadStream(Stream inner, long limit)
    {
        this.inner = inner;
        this.limit = limit;
    }

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
            throw new AeriesResponseTooLargeException(limit);
        }

        return bytes;
    }
}
