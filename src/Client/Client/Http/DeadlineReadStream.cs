using System;
using System.Buffers;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace IlluminatePerms.Client.Http;

/// <summary>
/// A response body that must arrive by a deadline: each read is cancelled when the deadline passes,
/// and fails with the timeout, so a server sending a byte at a time cannot hold a request open for
/// longer than its timeout.
/// </summary>
internal sealed class DeadlineReadStream : ReadOnlyStream
{
    private readonly Stream inner;
    private readonly CancellationToken deadline;
    private readonly Func<Exception> timedOut;

    /// <param name="inner">The body as the handler gives it.</param>
    /// <param name="deadline">Cancelled when the time is up.</param>
    /// <param name="timedOut">The exception that says so.</param>
    public DeadlineReadStream(Stream inner, CancellationToken deadline, Func<Exception> timedOut)
    {
        this.inner = inner;
        this.deadline = deadline;
        this.timedOut = timedOut;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (deadline.IsCancellationRequested)
        {
            throw timedOut();
        }

        using var linked = cancellationToken.CanBeCanceled ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline) : null;
        try
        {
            return await inner.ReadAsync(buffer, linked?.Token ?? deadline).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is OperationCanceledException or IOException && deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw timedOut();
        }
    }

    public override int Read(Span<byte> buffer)
    {
        // A synchronous read cannot take a token: it waits on the asynchronous one, which the deadline cancels.
        var rented = ArrayPool<byte>.Shared.Rent(buffer.Length);
        try
        {
            var read = ReadAsync(rented.AsMemory(0, buffer.Length)).AsTask().GetAwaiter().GetResult();
            rented.AsSpan(0, read).CopyTo(buffer);
            return read;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
