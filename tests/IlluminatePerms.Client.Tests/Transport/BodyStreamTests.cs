using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using IlluminatePerms.Client.Http;
using Xunit;

namespace IlluminatePerms.Client.Tests.Transport;

/// <summary>
/// The wrappers every response body passes through, on streams that misbehave in one way each: the
/// cap, the deadline, the peek at the first byte, and what each hands on or disposes.
/// </summary>
public sealed class BodyStreamTests
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task A_capped_body_of_exactly_the_cap_is_read_and_one_byte_more_fails_with_the_given_exception()
    {
        using var exact = new CappedReadStream(new MemoryStream(new byte[10]), 10, () => new TooLate());
        using var over = new CappedReadStream(new MemoryStream(new byte[11]), 10, () => new TooLate());

        Assert.Equal(10, await ReadAllAsync(exact, 64));
        await Assert.ThrowsAsync<TooLate>(() => ReadAllAsync(over, 64));
        Assert.Throws<TooLate>(() => new CappedReadStream(new MemoryStream(new byte[11]), 10, () => new TooLate()).CopyTo(Stream.Null));
    }

    [Fact]
    public void Every_wrapper_reads_forward_only_and_disposes_the_body_it_wraps()
    {
        foreach (var make in new Func<Stream, Stream>[]
        {
            inner => new CappedReadStream(inner, 10),
            inner => new DeadlineReadStream(inner, CancellationToken.None, () => new TooLate()),
            inner => PrefixedReadStream.PeekAsync(inner, CancellationToken.None).GetAwaiter().GetResult().Body,
        })
        {
            var inner = new MemoryStream(Encoding.UTF8.GetBytes("[1]"));
            var wrapper = make(inner);

            Assert.Equal((true, false, false), (wrapper.CanRead, wrapper.CanSeek, wrapper.CanWrite));
            Assert.Throws<NotSupportedException>(() => wrapper.Length);
            Assert.Throws<NotSupportedException>(() => wrapper.Write(new byte[1], 0, 1));
            wrapper.Dispose();
            Assert.False(inner.CanRead);
        }
    }

    [Fact]
    public async Task A_body_past_its_deadline_fails_with_the_timeout_before_and_during_a_read()
    {
        using var passed = new CancellationTokenSource();
        await passed.CancelAsync();
        using var late = new DeadlineReadStream(new MemoryStream(new byte[4]), passed.Token, () => new TooLate());
        using var deadline = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        using var hanging = new DeadlineReadStream(new HangingStream(), deadline.Token, () => new TooLate());
        using var callerWaits = new CancellationTokenSource();

        await Assert.ThrowsAsync<TooLate>(() => late.ReadAsync(new byte[4]).AsTask());
        await Assert.ThrowsAsync<TooLate>(() => hanging.ReadAsync(new byte[4], callerWaits.Token).AsTask().WaitAsync(HangGuard));
    }

    [Fact]
    public async Task The_callers_cancel_is_the_callers_and_a_broken_body_is_not_called_late()
    {
        using var deadline = new CancellationTokenSource(HangGuard);
        using var hanging = new DeadlineReadStream(new HangingStream(), deadline.Token, () => new TooLate());
        using var caller = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        using var broken = new DeadlineReadStream(new BrokenStream(), deadline.Token, () => new TooLate());

        // A cancel, not the timeout: the caller gave up, the server was not slow.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => hanging.ReadAsync(new byte[4], caller.Token).AsTask().WaitAsync(HangGuard));
        await Assert.ThrowsAsync<IOException>(() => broken.ReadAsync(new byte[4]).AsTask());
    }

    [Fact]
    public void A_synchronous_read_of_a_deadline_body_gets_the_bytes_and_the_timeout()
    {
        using var body = new DeadlineReadStream(new MemoryStream(Encoding.UTF8.GetBytes("[1,2]")), CancellationToken.None, () => new TooLate());
        using var deadline = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        using var hanging = new DeadlineReadStream(new HangingStream(), deadline.Token, () => new TooLate());

        using var reader = new StreamReader(body);
        Assert.Equal("[1,2]", reader.ReadToEnd());
        Assert.Throws<TooLate>(() => hanging.Read(new byte[4], 0, 4));
    }

    [Theory]
    [InlineData(" [1]")]
    [InlineData("\t[1]")]
    [InlineData("\r[1]")]
    [InlineData("\n[1]")]
    [InlineData("\uFEFF[1]")]
    [InlineData(" \r\n\t \uFEFF  [1]")]
    public async Task The_peek_skips_white_space_and_the_byte_order_mark_one_byte_at_a_time_and_the_body_stays_whole(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);

        var (first, body) = await PrefixedReadStream.PeekAsync(new TrickleStream(bytes), CancellationToken.None);
        using var whole = new MemoryStream();
        var chunk = new byte[1];
        int read;
        while ((read = body.Read(chunk, 0, 1)) > 0)
        {
            whole.Write(chunk, 0, read);
        }

        Assert.Equal((byte)'[', first);
        Assert.Equal(bytes, whole.ToArray());
    }

    [Fact]
    public async Task A_body_of_white_space_only_or_nothing_peeks_as_such_and_stays_whole()
    {
        var spaces = Encoding.ASCII.GetBytes(new string(' ', 300) + "{}");

        var (longFirst, longBody) = await PrefixedReadStream.PeekAsync(new TrickleStream(spaces), CancellationToken.None);
        var (emptyFirst, emptyBody) = await PrefixedReadStream.PeekAsync(new MemoryStream(), CancellationToken.None);

        Assert.Equal((byte)' ', longFirst);
        Assert.Equal(spaces.Length, await ReadAllAsync(longBody, 7));
        Assert.Equal(0, emptyFirst);
        Assert.Equal(0, await ReadAllAsync(emptyBody, 7));
    }

    [Fact]
    public async Task Deadline_content_keeps_the_headers_and_the_body_and_claims_no_length_it_does_not_know()
    {
        var inner = new UnknownLengthContent(Encoding.UTF8.GetBytes("[1]"));
        inner.Headers.TryAddWithoutValidation("Content-Type", "application/json; charset=utf-8");
        using var content = new DeadlineContent(inner, HangGuard, () => new TooLate());

        Assert.Equal("application/json", content.Headers.ContentType?.MediaType);
        Assert.Null(content.Headers.ContentLength);
        Assert.Equal("[1]", await content.ReadAsStringAsync());
        content.Dispose();
        Assert.True(inner.Disposed);
    }

    [Fact]
    public async Task Deadline_content_whose_time_is_already_up_or_runs_out_opening_the_body_fails_with_the_timeout()
    {
        using var spent = new DeadlineContent(new UnknownLengthContent(new byte[3]), TimeSpan.FromSeconds(-5), () => new TooLate());
        using var opening = new DeadlineContent(new HangingContent(), TimeSpan.FromMilliseconds(200), () => new TooLate());
        using var cancelled = new DeadlineContent(new HangingContent(), HangGuard, () => new TooLate());
        using var caller = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAsync<TooLate>(async () => await (await spent.ReadAsStreamAsync()).ReadExactlyAsync(new byte[3]));
        await Assert.ThrowsAsync<TooLate>(() => opening.ReadAsStreamAsync().WaitAsync(HangGuard));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled.ReadAsStreamAsync(caller.Token).WaitAsync(HangGuard));
    }

    [Fact]
    public async Task Only_the_deadline_running_out_is_reported_as_the_timeout()
    {
        // The body's own cancellation (say, a handler's timeout) is neither the deadline nor the caller's.
        using var content = new DeadlineContent(new SelfCancellingContent(), HangGuard, () => new TooLate());

        var error = await Record.ExceptionAsync(() => content.ReadAsStreamAsync());

        Assert.IsAssignableFrom<OperationCanceledException>(error);
    }

    private static async Task<int> ReadAllAsync(Stream stream, int bufferSize)
    {
        var buffer = new byte[bufferSize];
        var total = 0;
        int read;
        while ((read = await stream.ReadAsync(buffer)) > 0)
        {
            total += read;
        }

        return total;
    }

    private sealed class TooLate : Exception
    {
    }

    /// <summary>A body that gives one byte per read: every loop over partial reads is exercised.</summary>
    private sealed class TrickleStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(1, buffer.Length)]);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
            => base.ReadAsync(buffer[..Math.Min(1, buffer.Length)], cancellationToken);
    }

    /// <summary>A body whose next byte never comes.</summary>
    private sealed class HangingStream : MemoryStream
    {
        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return 0;
        }
    }

    /// <summary>A connection reset in the middle of the body.</summary>
    private sealed class BrokenStream : MemoryStream
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
            => ValueTask.FromException<int>(new IOException("connection reset"));
    }

    private sealed class UnknownLengthContent(byte[] body) : HttpContent
    {
        public bool Disposed { get; private set; }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(body).AsTask();

        protected override Task<Stream> CreateContentReadStreamAsync() => Task.FromResult<Stream>(new MemoryStream(body));

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            base.Dispose(disposing);
        }
    }

    /// <summary>Content whose stream never opens (the headers came, the body does not).</summary>
    /// <summary>A body whose opening is cancelled by something other than the caller or the deadline.</summary>
    private sealed class SelfCancellingContent : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => Task.FromCanceled(new CancellationToken(canceled: true));

        protected override Task<Stream> CreateContentReadStreamAsync(CancellationToken cancellationToken) => Task.FromException<Stream>(new OperationCanceledException("the handler's own timeout"));

        protected override Task<Stream> CreateContentReadStreamAsync() => CreateContentReadStreamAsync(CancellationToken.None);

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }

    private sealed class HangingContent : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => Task.Delay(Timeout.Infinite);

        protected override async Task<Stream> CreateContentReadStreamAsync(CancellationToken cancellationToken)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return Stream.Null;
        }

        protected override Task<Stream> CreateContentReadStreamAsync() => CreateContentReadStreamAsync(CancellationToken.None);

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
