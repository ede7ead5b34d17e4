using System;
using System.Text;
using System.Threading.Tasks;

namespace IlluminatePerms.Tests.Shared.Hostile;

/// <summary>
/// Answers for what a check may count as evidence: routing by any part of the request (a method, an
/// exact path), and connections that close before or during an answer.
/// </summary>
internal static class EvidenceAnswers
{
    /// <summary><paramref name="then"/> for requests <paramref name="matches"/> accepts, <paramref name="otherwise"/> for the rest.</summary>
    public static HostileAnswer When(Func<ReceivedRequest, bool> matches, HostileAnswer then, HostileAnswer otherwise)
        => (request, connection, cancellationToken) => (matches(request) ? then : otherwise)(request, connection, cancellationToken);

    /// <summary>Whether the request's path (query left out) ends with <paramref name="suffix"/>, any case: <c>/schools</c> but not <c>/schools/994/students</c>.</summary>
    public static Func<ReceivedRequest, bool> PathEndsWith(string suffix)
        => request => request.Target.Split('?')[0].EndsWith(suffix, StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads the request and closes the connection without a byte of answer.</summary>
    public static HostileAnswer CloseWithoutAnswer()
        => (_, _, _) => Task.CompletedTask;

    /// <summary>A 200 JSON head promising a body, a first byte of it, then the connection closes.</summary>
    public static HostileAnswer CloseMidAnswer()
        => async (_, connection, cancellationToken) =>
        {
            var head = "HTTP/1.1 200 OK\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: 400\r\nConnection: close\r\n\r\n[";
            await connection.WriteAsync(Encoding.ASCII.GetBytes(head), cancellationToken);
            await connection.FlushAsync(cancellationToken);
        };

    /// <summary>Writes <paramref name="text"/> (Latin-1) as the whole answer, malformed as it may be, and closes.</summary>
    public static HostileAnswer Bytes(string text)
        => async (_, connection, cancellationToken) =>
        {
            await connection.WriteAsync(Encoding.Latin1.GetBytes(text), cancellationToken);
            await connection.FlushAsync(cancellationToken);
        };
}
