using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace IlluminatePerms.Client.Tests.Harness;

/// <summary>Records each request's method, path and body as the client sent them.</summary>
internal sealed class BodyRecordingHandler : DelegatingHandler
{
    private readonly ConcurrentQueue<SentRequest> sent = new();

    public IReadOnlyList<SentRequest> Requests => sent.ToList();

    /// <summary>The one request sent with <paramref name="method"/>.</summary>
    public SentRequest Single(string method) => Requests.Single(r => r.Method == method);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        sent.Enqueue(new SentRequest(request.Method.Method, request.RequestUri!.AbsolutePath, body));
        return await base.SendAsync(request, cancellationToken);
    }
}

/// <summary>A request as sent: its body is null when it had none.</summary>
internal sealed record SentRequest(string Method, string Path, string? Body)
{
    /// <summary>The body's top-level property names and raw JSON values, in the order sent.</summary>
    public IReadOnlyList<(string Name, string Value)> Fields()
    {
        using var document = JsonDocument.Parse(Body!);
        return document.RootElement.EnumerateObject().Select(p => (p.Name, p.Value.GetRawText())).ToList();
    }
}
