using System;
using System.Net.Http;
using System.Threading.Tasks;
using IlluminatePerms.Client.Errors;
using IlluminatePerms.Client.Http;
using IlluminatePerms.Client.Tests.Harness;
using IlluminatePerms.Connection;
using Xunit;

namespace IlluminatePerms.Client.Tests.Client;

public sealed class TlsTests : IAsyncLifetime
{
    private readonly TlsTestServer server = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task A_server_certificate_from_an_untrusted_authority_is_a_TLS_failure_that_says_so()
    {
        var client = Client(trust: false);

        var failed = await Assert.ThrowsAsync<AeriesConnectionException>(() => client.GetSystemInfoAsync());

        Assert.True(failed.IsTls);
        Assert.Contains("certificate authority", failed.Message, StringComparison.Ordinal);
        Assert.Contains("TrustedCertificateAuthorities", failed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Trusting_the_districts_authority_lets_the_client_in()
    {
        var info = await Client(trust: true).GetSystemInfoAsync();

        Assert.Equal("9.21.2.25", info.AeriesVersion);
    }

    private AeriesClient Client(bool trust)
    {
        var options = new AeriesClientOptions();
        if (trust)
        {
            options.TrustedCertificateAuthorities.Add(server.Authority);
        }

        return new AeriesClient(AeriesBaseUrl.Parse(server.BaseUrl.ToString()), AeriesCertificate.Parse("0123456789abcdef0123456789abcdef"), new HttpClient(AeriesPrimaryHandler.Create(options.TrustedCertificateAuthorities)), options);
    }
}
