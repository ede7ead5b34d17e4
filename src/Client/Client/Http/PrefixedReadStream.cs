using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace IlluminatePerms.Client.Http;

/// <summary>
/// Replays bytes already read from a stream before the rest of it, so the client can look at the
/// first character of a JSON body (array or object?) and still stream the whole body.
/// </summary>
internal sealed class PrefixedReadStream : ReadOnlyStream
{
    private readonly Stream inner;
    private readonly byte[] prefix;
    private readonly int prefixLength;
    private int prefixRead;

    private PrefixedReadStream(Stream inner, byte[] prefix, int prefixLength)
    {
        this.inner = inner;
        this.prefix = prefix;
        this.prefixLength = prefixLength;
    }

    /// <summary>
    /// Reads up to the first non-white-space byte; returns it (0 for an empty body) and a stream that
    /// yields the whole body.
    /// </summary>
    public static async Task<(byte First, Stream Body)> PeekAsync(Stream inner, CancellationToken cancellationToken)
    {
        var buffer = new byte[256];
        var length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                // A body that starts with this much white space is not JSON worth sniffing further.
                return (buffer[0], new PrefixedReadStream(inner, buffer, length));
            }

            var read = await inner.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return (0, new PrefixedReadStream(inner, buffer, length));
            }

            for (var i = length; i < length + read; i++)
            {
                if (buffer[i] is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0xEF or 0xBB or 0xBF))
                {
                    return (buffer[i], new PrefixedReadStream(inner, buffer, length + read));
                }
            }

            length += read;
        }
    }

    public override int Read(Span<byte> buffer)
    {
        if (prefixRead < prefixLength)
        {
            return CopyPrefix(buffer);
        }

        return inner.Read(buffer);
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        => prefixRead < prefixLength ? new ValueTask<int>(CopyPrefix(buffer.Span)) : inner.ReadAsync(buffer, cancellationToken);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private int CopyPrefix(Span<byte> buffer)
    {
        var count = Math.Min(buffer.Length, prefixLength - prefixRead);
        prefix.AsSpan(prefixRead, count).CopyTo(buffer);
        prefixRead += count;
        return count;
    }
}
