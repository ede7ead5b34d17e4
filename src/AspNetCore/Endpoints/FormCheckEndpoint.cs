using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using IlluminatePerms.AspNetCore.Checking;
using IlluminatePerms.AspNetCore.Rendering;
using IlluminatePerms.Checking.Report;
using IlluminatePerms.Cli.Reports;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;

namespace IlluminatePerms.AspNetCore.Endpoints;

/// <summary>
/// <c>POST {path}/check</c>, the page's form (with its anti-forgery token). Asked for
/// <c>text/event-stream</c> (by the page's script) it answers each classified result as a
/// "progress" event and the result's HTML as a "result" event; otherwise (no script) it answers the
/// page with the result in it.
/// </summary>
internal static class FormCheckEndpoint
{
    /// <summary>Runs the check the form asks for.</summary>
    public static async Task<IResult> HandleAsync(HttpContext http, IAntiforgery antiforgery, PageCheck check, CheckSite site)
    {
        if (!http.Request.HasFormContentType)
        {
            return Results.Text("Send the page's form.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status415UnsupportedMediaType);
        }

        if (!await antiforgery.IsRequestValidAsync(http).ConfigureAwait(false))
        {
            return Results.Text("This form has expired or did not come from this page: reload the page and try again.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted).ConfigureAwait(false);
        string? baseUrl = form["baseUrl"];
        string? certificate = form["certificate"];
        if (http.Request.Headers.Accept.Any(a => a is not null && a.Contains("text/event-stream", StringComparison.OrdinalIgnoreCase)))
        {
            return TypedResults.ServerSentEvents(StreamAsync(check, site, baseUrl, certificate, http.RequestAborted));
        }

        var outcome = await check.RunAsync(baseUrl, certificate, site.Spec, site.SpecName, null, http.RequestAborted).ConfigureAwait(false);
        return PageEndpoint.Page(http, antiforgery, site, ResultHtml.Render(outcome));
    }

    private static async IAsyncEnumerable<SseItem<string>> StreamAsync(PageCheck check, CheckSite site, string? baseUrl, string? certificate, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // The checker reports from several threads; the channel hands the events to the one writer of the answer.
        var events = Channel.CreateUnbounded<SseItem<string>>(new UnboundedChannelOptions { SingleReader = true });
        var running = RunAsync(check, site, baseUrl, certificate, events.Writer, cancellationToken);
        await foreach (var item in events.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return item;
        }

        await running.ConfigureAwait(false);
    }

    private static async Task RunAsync(PageCheck check, CheckSite site, string? baseUrl, string? certificate, ChannelWriter<SseItem<string>> events, CancellationToken cancellationToken)
    {
        try
        {
            var outcome = await check.RunAsync(baseUrl, certificate, site.Spec, site.SpecName, new EventProgress(events), cancellationToken).ConfigureAwait(false);
            events.TryWrite(new SseItem<string>(JsonSerializer.Serialize(new Dictionary<string, string> { ["html"] = ResultHtml.Render(outcome) }), "result"));
        }
        finally
        {
            events.TryComplete();
        }
    }

    /// <summary>Each classified result as a "progress" event: counts and the grant's verdict, never the certificate.</summary>
    private sealed class EventProgress(ChannelWriter<SseItem<string>> events) : IProgress<GrantCheckProgress>
    {
        private readonly Lock gate = new();
        private int sent;

        public void Report(GrantCheckProgress value)
        {
            var latest = $"{value.Latest.Grant}: {CheckedReport.Label(value.Latest.Verdict)}";

            // Probes finish on several threads, so their counts can arrive out of order: number the
            // events as they are sent, one per result, so the count the page shows never goes back.
            lock (gate)
            {
                sent++;
                events.TryWrite(new SseItem<string>(JsonSerializer.Serialize(new ProgressData(sent, value.Total, latest)), "progress"));
            }
        }
    }

    private sealed record ProgressData(
        [property: System.Text.Json.Serialization.JsonPropertyName("completed")] int Completed,
        [property: System.Text.Json.Serialization.JsonPropertyName("total")] int Total,
        [property: System.Text.Json.Serialization.JsonPropertyName("latest")] string Latest);
}
