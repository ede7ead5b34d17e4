using System.Net.Http.Headers;
using System.Text.Json;
using System.Threading.Tasks;
using IlluminatePerms.AspNetCore.Checking;
using IlluminatePerms.Cli.Reports;
using Microsoft.AspNetCore.Http;

namespace IlluminatePerms.AspNetCore.Endpoints;

/// <summary>
/// <c>POST {path}/api/check</c>: <c>{"baseUrl": …, "certificate": …}</c> in, the check report JSON of
/// <c>check --format json</c> out. Only <c>application/json</c> is taken: a browser cannot send that
/// from another site without asking first (CORS), so the API needs no anti-forgery token.
/// </summary>
internal static class ApiCheckEndpoint
{
    private static readonly JsonSerializerOptions BodyOptions = new(JsonSerializerDefaults.Web);

    /// <summary>Runs the check the body asks for.</summary>
    public static async Task<IResult> HandleAsync(HttpContext http, PageCheck check, CheckSite site)
    {
        if (!MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var type) || type.MediaType != "application/json")
        {
            return Results.Problem(detail: "Send the check as application/json: {\"baseUrl\": \"…\", \"certificate\": \"…\"}.", statusCode: StatusCodes.Status415UnsupportedMediaType, title: "JSON only");
        }

        ApiCheckBody? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<ApiCheckBody>(http.Request.Body, BodyOptions, http.RequestAborted).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            // The reader's message quotes the text it stopped at, which may be the certificate.
            body = null;
        }

        if (body is null)
        {
            return Results.Problem(detail: "The body is not a JSON object {\"baseUrl\": \"…\", \"certificate\": \"…\"}.", statusCode: StatusCodes.Status400BadRequest, title: "Not a check request");
        }

        var outcome = await check.RunAsync(body.BaseUrl, body.Certificate, site.Spec, site.SpecName, null, http.RequestAborted).ConfigureAwait(false);
        return outcome.Report is { } report
            ? Results.Text(JsonReport.Render(report), "application/json; charset=utf-8")
            : Results.Problem(detail: outcome.Refusal, statusCode: StatusCodes.Status400BadRequest, title: "Not checked");
    }

    /// <summary>The request body.</summary>
    private sealed record ApiCheckBody(string? BaseUrl, string? Certificate);
}
