using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using IlluminatePerms.Client.Tests.Harness;
using IlluminatePerms.Connection;
using IlluminatePerms.MockAeries;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace IlluminatePerms.Client.Tests.Client;

/// <summary>The district's base URL and certificate are the client's construction arguments, not options.</summary>
public sealed class ClientConstructionTests
{
    private static readonly AeriesBaseUrl AnyUrl = AeriesBaseUrl.Parse("http://127.0.0.1:9/");
    private static readonly AeriesCertificate AnyCertificate = AeriesCertificate.Parse("0123456789abcdef0123456789abcdef");

    [Fact]
    public void A_client_without_a_base_url_is_refused_naming_the_parameter()
    {
        using var http = new HttpClient();

        var error = Assert.Throws<ArgumentNullException>(() => new AeriesClient(null!, AnyCertificate, http));

        Assert.Equal("baseUrl", error.ParamName);
        Assert.StartsWith("The district's Aeries base URL is required (AeriesBaseUrl.Parse).", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_client_without_a_certificate_is_refused_naming_the_parameter()
    {
        using var http = new HttpClient();

        var error = Assert.Throws<ArgumentNullException>(() => new AeriesClient(AnyUrl, null!, http));

        Assert.Equal("certificate", error.ParamName);
        Assert.StartsWith("The district's API certificate is required (AeriesCertificate.Parse).", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_client_with_options_out_of_range_is_refused_when_it_is_made()
    {
        using var http = new HttpClient();

        var error = Assert.Throws<InvalidOperationException>(() => new AeriesClient(AnyUrl, AnyCertificate, http, new AeriesClientOptions { MaxResponseBytes = 10 }));

        Assert.Equal("AeriesClientOptions.MaxResponseBytes must be at least 1,024.", error.Message);
    }

    [Fact]
    public void The_registration_refuses_missing_services_base_url_or_certificate_when_it_is_made()
    {
        var services = new ServiceCollection();

        Assert.Equal("services", Assert.Throws<ArgumentNullException>(() => AeriesClientServiceCollectionExtensions.AddAeriesClient(null!, AnyUrl, AnyCertificate)).ParamName);
        Assert.Equal("baseUrl", Assert.Throws<ArgumentNullException>(() => services.AddAeriesClient(null!, AnyCertificate)).ParamName);
        Assert.Equal("certificate", Assert.Throws<ArgumentNullException>(() => services.AddAeriesClient(AnyUrl, null!)).ParamName);
        Assert.Empty(services);
    }

    [Fact]
    public async Task The_registered_client_talks_to_the_given_district_with_the_given_certificate()
    {
        await using var elsewhere = await MockSession.StartAsync(new MockAeriesOptions { Scale = 20 });
        await using var district = await MockSession.StartAsync(new MockAeriesOptions { Scale = 20 });
        var services = new ServiceCollection();
        services.AddAeriesClient(district.BaseUrl, district.Certificate("partial"));
        await using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<IAeriesClient>();
        Assert.NotEmpty(await client.GetSchoolsAsync());

        var entry = Assert.Single(district.Server.Journal.Entries);
        Assert.Equal("partial", entry.Profile);
        Assert.Equal(district.BaseUrl, ((AeriesClient)client).BaseUrl);
        Assert.Empty(elsewhere.Server.Journal.Entries);
    }

    [Fact]
    public void Options_hold_no_base_url_or_certificate()
    {
        var names = typeof(AeriesClientOptions).GetProperties().Select(p => p.PropertyType);

        Assert.DoesNotContain(typeof(AeriesBaseUrl), names);
        Assert.DoesNotContain(typeof(AeriesCertificate), names);
    }
}
