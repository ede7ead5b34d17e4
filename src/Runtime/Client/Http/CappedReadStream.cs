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
internal sealed class CappedReadStream : Stream
{
    private readonly Stream inner;
    private readonly long limit;
    private long read;

    public CappedReadStream(Stream inner, long limit)
    {
        this.inner = inner;
        this.limit = limit;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => read;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

    public override int Read(Span<byte> buffer) => Count(inner.Read(buffer));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        => Count(await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        => ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

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
