using System;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;

namespace IlluminatePerms.MockAeries.Tests.Harness;

/// <summary>Calls the mock as a client of Aeries would: AERIES-CERT header, JSON accepted.</summary>
internal sealed class AeriesCaller(MockAeriesServer server) : IDisposable
{
    private readonly HttpClient http = new() { BaseAddress = server.ApiUrl, Timeout = TimeSpan.FromSeconds(30) };

    public Task<AeriesAnswer> GetAsync(string path, string? profile = "full") => SendAsync(HttpMethod.Get, path, profile, null);

    public Task<AeriesAnswer> PostAsync(string path, string json, string? profile) => SendAsync(HttpMethod.Post, path, profile, json);

    public Task<AeriesAnswer> PutAsync(string path, string json, string? profile) => SendAsync(HttpMethod.Put, path, profile, json);

    public Task<AeriesAnswer> SendWithCertificateAsync(string path, string certificate) => SendWithCertificateAsync(HttpMethod.Get, path, certificate, null);

    public void Dispose() => http.Dispose();

    public Task<AeriesAnswer> SendAsync(HttpMethod method, string path, string? profile, string? json)
        => SendWithCertificateAsync(method, path, profile is null ? null : server.Certificate(profile).Value, json);

    /// <summary>Sends any certificate value (one of your own, or none).</summary>
    public async Task<AeriesAnswer> SendWithCertificateAsync(HttpMethod method, string path, string? certificate, string? json)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Add("Accept", "application/json");
        if (certificate is not null)
        {
            request.Headers.TryAddWithoutValidation("AERIES-CERT", certificate);
        }

        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return await ReadAsync(request);
    }

    private async Task<AeriesAnswer> ReadAsync(HttpRequestMessage request)
    {
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var retryAfter = response.Headers.RetryAfter?.Delta;
        return new AeriesAnswer((int)response.StatusCode, body, response.Content.Headers.ContentType?.MediaType, retryAfter);
    }
}

/// <summary>A status, a body and what a test needs from the headers.</summary>
internal sealed record AeriesAnswer(int Status, string Body, string? ContentType, TimeSpan? RetryAfter)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public string Message => Json.GetProperty("Message").GetString()!;
}
