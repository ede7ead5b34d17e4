using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace IlluminatePerms.Client.Http;

/// <summary>
/// A response's content whose body must arrive within <c>left</c> of now (see <see cref="DeadlineReadStream"/>).
/// The client puts it in place of the handler's content as soon as the headers are in, so every
/// reader of the body (records, probes, error messages) is bounded alike.
/// </summary>
internal sealed class DeadlineContent : HttpContent
{
    private readonly HttpContent inner;
    private readonly CancellationTokenSource timer;
    private readonly Func<Exception> timedOut;

    public DeadlineContent(HttpContent inner, TimeSpan left, Func<Exception> timedOut)
    {
        this.inner = inner;
        this.timedOut = timedOut;
        timer = new CancellationTokenSource(left > TimeSpan.Zero ? left : TimeSpan.Zero);
        foreach (var header in inner.Headers)
        {
            Headers.TryAddWithoutValidation(header.Key, header.Value);
        }
    }

    protected override Task<Stream> CreateContentReadStreamAsync() => CreateContentReadStreamAsync(CancellationToken.None);

    protected override async Task<Stream> CreateContentReadStreamAsync(CancellationToken cancellationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timer.Token);
        try
        {
            return new DeadlineReadStream(await inner.ReadAsStreamAsync(linked.Token).ConfigureAwait(false), timer.Token, timedOut);
        }
        catch (OperationCanceledException) when (timer.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw timedOut();
        }
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        var body = await CreateContentReadStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (body.ConfigureAwait(false))
        {
            await body.CopyToAsync(stream, cancellationToken).ConfigureAwait(false);
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        // The Content-Length header, when the server sent one, is copied; the length is not known otherwise.
        length = 0;
        return false;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
            timer.Dispose();
        }

        base.Dispose(disposing);
    }
}
