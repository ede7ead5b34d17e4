using System;
using System.Net;
using System.Net.Http;
using IlluminatePerms.Client.Http;
using Xunit;

namespace IlluminatePerms.Client.Tests.Transport;

/// <summary>How a redirect's target is shown: its origin only, never its path, and never long.</summary>
public sealed class RedirectOriginTests
{
    private static readonly Uri Request = new("https://district.example/aeries/api/v5/schools");

    [Theory]
    [InlineData("https://sso.example/login?cert=x", "https://sso.example")]
    [InlineData("http://sso.example:8080/", "http://sso.example:8080")]
    [InlineData("/elsewhere/login", "https://district.example")]
    [InlineData("file:///etc/passwd", "file://")]
    [InlineData("javascript:alert(1)", "javascript:")]
    public void A_location_is_shown_by_its_origin(string location, string shown)
    {
        using var response = new HttpResponseMessage(HttpStatusCode.Found);
        response.Headers.Location = new Uri(location, UriKind.RelativeOrAbsolute);

        Assert.Equal(shown, RedirectOrigin.Of(response, Request, null));
    }

    [Fact]
    public void A_missing_or_unreadable_location_is_said_so()
    {
        using var none = new HttpResponseMessage(HttpStatusCode.Found);
        using var unreadable = new HttpResponseMessage(HttpStatusCode.Found);
        unreadable.Headers.TryAddWithoutValidation("Location", "http://[not a host/");

        Assert.Equal("no location", RedirectOrigin.Of(none, Request, null));
        Assert.Equal("an unreadable location", RedirectOrigin.Of(unreadable, Request, null));
    }

    [Fact]
    public void An_origin_of_a_hundred_characters_is_shown_whole_and_a_longer_one_cut()
    {
        var host = new string('a', 60) + "." + new string('b', 31);
        var exact = new Uri($"https://{host}/");
        var longer = new Uri($"https://{host}x/");

        Assert.Equal(100, RedirectOrigin.Of(exact, null).Length);
        Assert.Equal($"https://{host}", RedirectOrigin.Of(exact, null));
        Assert.Equal($"https://{host}…", RedirectOrigin.Of(longer, null));
    }
}
