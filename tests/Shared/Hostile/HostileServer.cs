using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace IlluminatePerms.Tests.Shared.Hostile;

/// <summary>Writes a hostile server's answer to one request onto the raw connection.</summary>
internal delegate Task HostileAnswer(ReceivedRequest request, Stream connection, CancellationToken cancellationToken);

/// <summary>
/// A small HTTP/1.1 server on a loopback address that answers as scripted, byte for byte: the
/// redirects, echoes, sign-in pages, slow or endless bodies and long Retry-After values that a
/// well-behaved server never sends. It reads each request whole (Content-Length or chunked),
/// records it, answers, and closes the connection. Written on a socket rather than Kestrel so
/// that an answer can be malformed, slow or endless on purpose.
/// </summary>
internal sealed class HostileServer : IAsyncDisposable
{
    private const int MaxHeadBytes = 64 * 1024;
    private const int MaxBodyBytes = 4 * 1024 * 1024;

    private readonly TcpListener listener;
    private readonly HostileAnswer answer;
    private readonly CancellationTokenSource stopping = new();
    private readonly ConcurrentQueue<ReceivedRequest> received = new();
    private readonly ConcurrentBag<Task> connections = [];
    private readonly Task accepting;
    private int accepted;

    private HostileServer(IPAddress address, HostileAnswer answer)
    {
        this.answer = answer;
        listener = new TcpListener(address, 0);
        listener.Start();
        var endpoint = (IPEndPoint)listener.LocalEndpoint;
        BaseUrl = new Uri($"http://{endpoint.Address}:{endpoint.Port}/");
        accepting = AcceptAsync();
    }

    /// <summary>The server's root, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseUrl { get; }

    /// <summary>Scheme, host and port, as a redirect's Location or a report names it.</summary>
    public string Origin => BaseUrl.GetLeftPart(UriPartial.Authority);

    /// <summary>Every request read so far, in arrival order.</summary>
    public IReadOnlyList<ReceivedRequest> Received => received.ToArray();

    /// <summary>TCP connections accepted so far, including any that sent nothing.</summary>
    public int ConnectionsAccepted => Volatile.Read(ref accepted);

    /// <summary>Starts a server on 127.0.0.1 (or <paramref name="address"/>, e.g. 127.0.0.2 for "another host").</summary>
    public static HostileServer Start(HostileAnswer answer, IPAddress? address = null)
        => new(address ?? IPAddress.Loopback, answer);

    /// <summary>A server on 127.0.0.2 that answers 200 <c>[]</c> and records whoever reaches it: the "other host" of redirect tests.</summary>
    public static HostileServer StartTrap()
        => Start(HostileAnswers.Json(200, "[]"), IPAddress.Parse("127.0.0.2"));

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        try
        {
            await accepting;
        }
        catch (Exception exception) when (exception is ObjectDisposedException or SocketException or OperationCanceledException)
        {
            // The listener was stopped under the pending accept: that is how the loop ends.
        }

        await Task.WhenAll(connections.ToArray());
        stopping.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            var client = await listener.AcceptTcpClientAsync(stopping.Token);
            Interlocked.Increment(ref accepted);
            connections.Add(ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            var stream = client.GetStream();
            try
            {
                var request = await ReadRequestAsync(stream, stopping.Token);
                if (request is null)
                {
                    return;
                }

                received.Enqueue(request);
                await answer(request, stream, stopping.Token);
                await stream.FlushAsync(stopping.Token);
            }
            catch (Exception exception) when (exception is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // The client went away (it timed out or gave up on an endless body), or the server is stopping.
            }
        }
    }

    private static async Task<ReceivedRequest?> ReadRequestAsync(Stream stream, CancellationToken cancellationToken)
    {
        var buffer = new MemoryStream();
        var one = new byte[1];
        while (!EndsWithBlankLine(buffer))
        {
            if (buffer.Length > MaxHeadBytes || await stream.ReadAsync(one, cancellationToken) == 0)
            {
                return null;
            }

            buffer.WriteByte(one[0]);
        }

        var head = Encoding.Latin1.GetString(buffer.ToArray());
        var lines = head.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var requestLine = lines[0].Split(' ');
        var headers = lines.Skip(1)
            .Select(line => line.Split(':', 2))
            .Select(parts => new KeyValuePair<string, string>(parts[0].Trim(), parts.Length > 1 ? parts[1].Trim() : ""))
            .ToList();
        var request = new ReceivedRequest(requestLine[0], requestLine.Length > 1 ? requestLine[1] : "/", headers, head, []);
        var body = request.Header("Transfer-Encoding") is { } encoding && encoding.Contains("chunked", StringComparison.OrdinalIgnoreCase)
            ? await ReadChunkedAsync(stream, cancellationToken)
            : await ReadExactlyAsync(stream, int.TryParse(request.Header("Content-Length"), out var length) ? Math.Min(length, MaxBodyBytes) : 0, cancellationToken);
        return request with { Body = body };
    }

    private static bool EndsWithBlankLine(MemoryStream buffer)
    {
        if (buffer.Length < 4)
        {
            return false;
        }

        var bytes = buffer.GetBuffer();
        var end = (int)buffer.Length;
        return bytes[end - 4] == '\r' && bytes[end - 3] == '\n' && bytes[end - 2] == '\r' && bytes[end - 1] == '\n';
    }

    private static async Task<byte[]> ReadExactlyAsync(Stream stream, int count, CancellationToken cancellationToken)
    {
        var body = new byte[count];
        await stream.ReadExactlyAsync(body, cancellationToken);
        return body;
    }

    private static async Task<byte[]> ReadChunkedAsync(Stream stream, CancellationToken cancellationToken)
    {
        var body = new MemoryStream();
        while (body.Length <= MaxBodyBytes)
        {
            var sizeLine = await ReadLineAsync(stream, cancellationToken);
            var size = Convert.ToInt32(sizeLine.Split(';')[0].Trim(), 16);
            if (size == 0)
            {
                await ReadLineAsync(stream, cancellationToken);
                break;
            }

            body.Write(await ReadExactlyAsync(stream, size, cancellationToken));
            await ReadLineAsync(stream, cancellationToken);
        }

        return body.ToArray();
    }

    private static async Task<string> ReadLineAsync(Stream stream, CancellationToken cancellationToken)
    {
        var line = new StringBuilder();
        var one = new byte[1];
        while (line.Length < 1024 && await stream.ReadAsync(one, cancellationToken) == 1 && one[0] != '\n')
        {
            if (one[0] != '\r')
            {
                line.Append((char)one[0]);
            }
        }

        return line.ToString();
    }
}
