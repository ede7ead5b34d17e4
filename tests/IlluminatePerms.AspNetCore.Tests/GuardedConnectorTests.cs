using System;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using IlluminatePerms.AspNetCore.Network;
using IlluminatePerms.Checking;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace IlluminatePerms.AspNetCore.Tests;

/// <summary>The page's connection callback: which of a host's addresses it takes, and how it connects to them.</summary>
public sealed class GuardedConnectorTests
{
    [Fact]
    public void The_checker_connects_through_the_guard_and_never_through_a_system_proxy()
    {
        // A system proxy would connect on the page's behalf, past the address check, and would see the certificate.
        using var provider = new ServiceCollection().AddAeriesCheck().BuildServiceProvider();

        using var handler = provider.GetRequiredService<IHttpMessageHandlerFactory>().CreateHandler(GrantCheckerServiceCollectionExtensions.HttpClientName);
        HttpMessageHandler? inner = handler;
        while (inner is DelegatingHandler delegating)
        {
            inner = delegating.InnerHandler;
        }

        var sockets = Assert.IsType<SocketsHttpHandler>(inner);
        Assert.False(sockets.UseProxy);
        Assert.Equal(provider.GetRequiredService<GuardedConnector>().ConnectAsync, sockets.ConnectCallback);
    }

    [Fact]
    public async Task A_name_with_one_private_address_among_public_ones_is_refused_whole()
    {
        var connector = new GuardedConnector(allowPrivateNetworks: false, Answers("93.184.216.34", "10.0.0.7"));

        var refused = await Assert.ThrowsAsync<RefusedAddressException>(() => connector.AllowedAddressesAsync("district.example", CancellationToken.None));

        Assert.Equal("district.example", refused.Host);
        Assert.Contains("private", refused.Why, StringComparison.Ordinal);
        Assert.Contains("district.example resolves to a private address", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[::1]")]
    [InlineData("127.0.0.1")]
    public async Task An_address_written_as_the_host_is_judged_without_asking_dns(string host)
    {
        var asked = 0;
        var connector = new GuardedConnector(allowPrivateNetworks: false, (_, _) => { asked++; return Task.FromResult(Array.Empty<IPAddress>()); });

        var refused = await Assert.ThrowsAsync<RefusedAddressException>(() => connector.AllowedAddressesAsync(host, CancellationToken.None));

        Assert.Contains("loopback", refused.Why, StringComparison.Ordinal);
        Assert.Equal(0, asked);
    }

    [Fact]
    public async Task With_private_networks_allowed_every_address_is_taken_in_order()
    {
        var connector = new GuardedConnector(allowPrivateNetworks: true, Answers("10.0.0.7", "127.0.0.1"));

        var addresses = await connector.AllowedAddressesAsync("district.example", CancellationToken.None);

        Assert.Equal(new[] { IPAddress.Parse("10.0.0.7"), IPAddress.Loopback }, addresses);
    }

    [Fact]
    public async Task A_public_name_is_taken_as_it_resolves()
    {
        var connector = new GuardedConnector(allowPrivateNetworks: false, Answers("93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946"));

        Assert.Equal(2, (await connector.AllowedAddressesAsync("district.example", CancellationToken.None)).Count);
    }

    [Fact]
    public async Task When_the_first_address_does_not_answer_the_next_one_is_tried()
    {
        // Listening on IPv4 loopback only: the IPv6 loopback at the same port refuses the connection.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var connector = new GuardedConnector(allowPrivateNetworks: true, Answers("::1", "127.0.0.1"));
        using var http = new HttpClient(new SocketsHttpHandler { ConnectCallback = connector.ConnectAsync, UseProxy = false }) { Timeout = TimeSpan.FromSeconds(30) };

        var request = http.GetAsync(new Uri($"http://district.example:{port}/"));
        using var accepted = await listener.AcceptTcpClientAsync().WaitAsync(TimeSpan.FromSeconds(30));

        await accepted.GetStream().WriteAsync("HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n"u8.ToArray());
        using var answer = await request;

        Assert.Equal(HttpStatusCode.NoContent, answer.StatusCode);
    }

    [Fact]
    public async Task A_name_with_no_address_fails_as_host_not_found()
    {
        var connector = new GuardedConnector(allowPrivateNetworks: true, Answers());
        using var http = new HttpClient(new SocketsHttpHandler { ConnectCallback = connector.ConnectAsync, UseProxy = false });

        var failure = await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync(new Uri("http://district.example:1/")));

        Assert.Equal(SocketError.HostNotFound, Assert.IsType<SocketException>(failure.InnerException).SocketErrorCode);
    }

    [Fact]
    public async Task When_no_address_answers_the_last_refusal_is_said()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var connector = new GuardedConnector(allowPrivateNetworks: true, Answers("127.0.0.1"));
        using var http = new HttpClient(new SocketsHttpHandler { ConnectCallback = connector.ConnectAsync, UseProxy = false });

        var failure = await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync(new Uri($"http://district.example:{port}/")));

        Assert.Equal(SocketError.ConnectionRefused, Assert.IsType<SocketException>(failure.InnerException).SocketErrorCode);
    }

    private static Func<string, CancellationToken, Task<IPAddress[]>> Answers(params string[] addresses)
        => (_, _) => Task.FromResult(Array.ConvertAll(addresses, IPAddress.Parse));
}
