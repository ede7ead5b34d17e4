using System;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using IlluminatePerms.AspNetCore.Network;
using IlluminatePerms.AspNetCore.Tests.Harness;
using IlluminatePerms.Tests.Shared.Hostile;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace IlluminatePerms.AspNetCore.Tests;

/// <summary>What the page may connect to: no loopback, private, link-local or multicast address, judged at connection; no redirect followed.</summary>
public sealed class NetworkGuardTests
{
    [Theory]
    [InlineData("127.0.0.1", "loopback")]
    [InlineData("127.255.0.9", "loopback")]
    [InlineData("::1", "loopback")]
    [InlineData("10.1.2.3", "private")]
    [InlineData("172.16.0.1", "private")]
    [InlineData("172.31.255.255", "private")]
    [InlineData("192.168.1.1", "private")]
    [InlineData("fd12:3456::1", "private")]
    [InlineData("169.254.169.254", "link-local")]
    [InlineData("fe80::1", "link-local")]
    [InlineData("224.0.0.1", "multicast")]
    [InlineData("ff02::1", "multicast")]
    [InlineData("0.0.0.0", "unspecified")]
    [InlineData("::", "unspecified")]
    [InlineData("100.64.0.1", "carrier-grade NAT")]
    [InlineData("255.255.255.255", "broadcast")]
    [InlineData("::ffff:10.0.0.1", "private")]
    [InlineData("::ffff:127.0.0.1", "loopback")]
    [InlineData("64:ff9b::a9fe:a9fe", "link-local")]
    // Each range's edges.
    [InlineData("100.127.255.255", "carrier-grade NAT")]
    [InlineData("192.0.0.8", "IETF protocol")]
    [InlineData("198.18.0.1", "benchmarking")]
    [InlineData("198.19.255.255", "benchmarking")]
    [InlineData("239.255.255.255", "multicast")]
    [InlineData("240.0.0.1", "reserved")]
    [InlineData("febf::1", "link-local")]
    [InlineData("fec0::1", "site-local")]
    [InlineData("feff::1", "site-local")]
    [InlineData("::10.0.0.1", "private")]
    public void Refuses_addresses_no_district_is_served_from(string address, string kind)
        => Assert.Contains(kind, AddressPolicy.Refusal(IPAddress.Parse(address)));

    [Theory]
    [InlineData("93.184.216.34")]
    [InlineData("172.32.0.1")]
    [InlineData("172.15.255.255")]
    [InlineData("100.128.0.1")]
    [InlineData("2606:2800:220:1:248:1893:25c8:1946")]
    [InlineData("::ffff:93.184.216.34")]
    [InlineData("100.63.255.255")]
    [InlineData("198.20.0.1")]
    [InlineData("223.255.255.254")]
    [InlineData("192.0.1.1")]
    public void Takes_public_addresses(string address)
        => Assert.Null(AddressPolicy.Refusal(IPAddress.Parse(address)));

    [Fact]
    public async Task The_mock_on_loopback_is_refused_unless_private_networks_are_allowed()
    {
        await using var district = await MockDistrict.StartAsync();
        await using var host = await CheckPageHost.StartAsync(o => o.AllowPrivateNetworks = false);
        using var client = host.Client();

        using var response = await client.PostAsJsonAsync("api/check", new { baseUrl = district.SignInPage, certificate = district.Certificate("full") });
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("loopback", text);
        Assert.Empty(district.Server.Journal.Entries);
    }

    [Fact]
    public async Task A_name_that_rebinds_to_loopback_between_lookup_and_connection_is_refused_at_connection()
    {
        // Something listening on loopback, which the rebinding name points at the second time it is asked.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var lookups = 0;
        Task<IPAddress[]> Rebinding(string host, CancellationToken _)
            => Task.FromResult(Interlocked.Increment(ref lookups) == 1 ? new[] { IPAddress.Parse("93.184.216.34") } : new[] { IPAddress.Loopback });
        await using var host = await CheckPageHost.StartAsync(
            o => o.AllowPrivateNetworks = false,
            services: s => s.AddSingleton(new GuardedConnector(allowPrivateNetworks: false, Rebinding)));
        using var client = host.Client();

        using var response = await client.PostAsJsonAsync("api/check", new { baseUrl = $"https://district.example:{port}/aeries/", certificate = "477a6f3c9d2e4b1a8c7f6e5d4c3bf5e1" });
        var text = await response.Content.ReadAsStringAsync();

        Assert.True(lookups >= 2, $"the connection did not look the name up again ({lookups} lookup(s))");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("district.example resolves to a loopback address", text);
        Assert.False(listener.Pending(), "a connection reached the loopback listener");
    }

    [Fact]
    public async Task A_redirect_is_not_followed()
    {
        await using var trap = HostileServer.StartTrap();
        await using var redirecting = HostileServer.Start(HostileAnswers.Redirect(302, new Uri(trap.BaseUrl, "aeries/api/v5/systeminfo").AbsoluteUri));
        await using var host = await CheckPageHost.StartAsync();
        using var client = host.Client();

        using var response = await client.PostAsJsonAsync("api/check", new { baseUrl = redirecting.BaseUrl.AbsoluteUri, certificate = "477a6f3c9d2e4b1a8c7f6e5d4c3bf5e1" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(redirecting.Received);
        Assert.Equal(0, trap.ConnectionsAccepted);
    }
}
