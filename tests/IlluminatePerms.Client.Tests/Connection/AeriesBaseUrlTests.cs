using System;
using IlluminatePerms.Connection;
using Xunit;

namespace IlluminatePerms.Client.Tests.Connection;

public class AeriesBaseUrlTests
{
    public static TheoryData<string, string> Accepted => new()
    {
        { "https://demo.aeries.net/aeries/", "https://demo.aeries.net/aeries/" },
        { "https://demo.aeries.net/aeries", "https://demo.aeries.net/aeries/" },
        { "https://demo.aeries.net/aeries/Login.aspx", "https://demo.aeries.net/aeries/" },
        { "https://demo.aeries.net/aeries/login.aspx", "https://demo.aeries.net/aeries/" },
        { "https://demo.aeries.net/aeries/LoginParent.aspx", "https://demo.aeries.net/aeries/" },
        { "https://demo.aeries.net/aeries/LoginParent.aspx?page=default.aspx", "https://demo.aeries.net/aeries/" },
        { "https://demo.aeries.net/aeries/Login.aspx#top", "https://demo.aeries.net/aeries/" },
        { "https://demo.aeries.net/aeries/Login.aspx?ReturnUrl=%2faeries%2fDefault.aspx#x", "https://demo.aeries.net/aeries/" },
        { "https://demo.aeries.net/aeries/api/v5", "https://demo.aeries.net/aeries/" },
        { "https://demo.aeries.net/aeries/api/v5/", "https://demo.aeries.net/aeries/" },
        { "https://demo.aeries.net/aeries/api/v5/systeminfo", "https://demo.aeries.net/aeries/" },
        { "https://demo.aeries.net/aeries/API/V5/schools/994", "https://demo.aeries.net/aeries/" },
        { "https://demo.aeries.net/aeries/api", "https://demo.aeries.net/aeries/" },
        { "https://sis.district.org/Aeries/Admin/Login.aspx", "https://sis.district.org/Aeries/Admin/" },
        { "https://sis.district.org/admin/api/v5/systeminfo", "https://sis.district.org/admin/" },
        { "https://sis.district.org/Admin/", "https://sis.district.org/Admin/" },
        { "  https://demo.aeries.net/aeries/  ", "https://demo.aeries.net/aeries/" },
        { "\"https://demo.aeries.net/aeries/\"", "https://demo.aeries.net/aeries/" },
        { "'https://demo.aeries.net/aeries/'", "https://demo.aeries.net/aeries/" },
        { "<https://demo.aeries.net/aeries/>", "https://demo.aeries.net/aeries/" },
        { "\u201Chttps://demo.aeries.net/aeries/\u201D", "https://demo.aeries.net/aeries/" },
        { "\t\"https://demo.aeries.net/aeries/Login.aspx\"\n", "https://demo.aeries.net/aeries/" },
        { "https://demo.aeries.net//aeries//Login.aspx", "https://demo.aeries.net/aeries/" },
        { "https://demo.aeries.net///aeries///", "https://demo.aeries.net/aeries/" },
        { "https://Demo.AERIES.net/aeries/", "https://demo.aeries.net/aeries/" },
        { "HTTPS://DEMO.AERIES.NET/Aeries/", "https://demo.aeries.net/Aeries/" },
        { "demo.aeries.net/aeries", "https://demo.aeries.net/aeries/" },
        { "demo.aeries.net", "https://demo.aeries.net/" },
        { "demo.aeries.net:8443/aeries/Login.aspx", "https://demo.aeries.net:8443/aeries/" },
        { "https://demo.aeries.net:443/aeries/", "https://demo.aeries.net/aeries/" },
        { "https://demo.aeries.net:8443/aeries/", "https://demo.aeries.net:8443/aeries/" },
        { "https://demo.aeries.net", "https://demo.aeries.net/" },
        { "https://demo.aeries.net/Login.aspx", "https://demo.aeries.net/" },
        { "https://demo.aeries.net/aeries/Default.aspx", "https://demo.aeries.net/aeries/" },
        { "http://127.0.0.1:5080/", "http://127.0.0.1:5080/" },
        { "http://localhost:5080/aeries/api/v5/", "http://localhost:5080/aeries/" },
        { "http://[::1]:5080/Login.aspx", "http://[::1]:5080/" },
        { "https://aeries.district.k12.ca.us/Aeries.net/Login.aspx", "https://aeries.district.k12.ca.us/Aeries.net/" },
    };

    public static TheoryData<string, string> Refused => new()
    {
        { "", "empty" },
        { "   ", "empty" },
        { "\"\"", "empty" },
        { "http://demo.aeries.net/aeries/", "plain http" },
        { "ftp://demo.aeries.net/aeries/", "scheme 'ftp'" },
        { "https://user:secret@demo.aeries.net/aeries/", "user name or password" },
        { "https://demo.aeries.net/aeries/api/v4/", "v5" },
        { "https://demo.aeries.net/aeries login", "white space" },
        { "https://", "not a valid web address" },
        { "https://demo.aeries.net/aeries/logo.png", "not an Aeries page" },
        { "mailto:admin@district.org", "scheme 'mailto'" },
        { "file:/etc/passwd", "scheme 'file'" },
        { "file:///etc/passwd", "scheme 'file'" },
        { "FILE:/etc/passwd", "scheme 'FILE'" },
        { "ftp:demo.aeries.net", "scheme 'ftp'" },
        { "javascript:", "scheme 'javascript'" },
        { "javascript:alert(1)", "scheme 'javascript'" },
        { "data:text/html,hi", "scheme 'data'" },
        { "demo.aeries.net:aeries", "scheme 'demo.aeries.net'" },
        { "0123456789abcdef0123456789abcdef:x", "no scheme" },
    };

    public static TheoryData<string, string> SlashesForgotten => new()
    {
        { "https:/demo.aeries.net/aeries/", "https://demo.aeries.net/aeries/" },
        { "https:demo.aeries.net/aeries/Login.aspx", "https://demo.aeries.net/aeries/" },
        { "demo.aeries.net:8443/aeries/", "https://demo.aeries.net:8443/aeries/" },
        { "localhost:5080", "https://localhost:5080/" },
    };

    /// <summary>The edges of each rule: where a wrapper, a scheme, a port or an API segment stops being one.</summary>
    public static TheoryData<string?, string> Edges => new()
    {
        { null, "The Aeries URL is empty." },
        { "://demo.aeries.net/aeries/", "The Aeries URL uses the scheme ''" },
        { "\"https://demo.aeries.net/aeries/", "The Aeries URL uses the scheme '\"https'" },
        { "'https://demo.aeries.net/aeries/", "The Aeries URL uses the scheme ''https'" },
        { "<https://demo.aeries.net/aeries/", "The Aeries URL uses the scheme '<https'" },
        { "\u201Chttps://demo.aeries.net/aeries/", "The Aeries URL uses a scheme other than http or https" },
        { "\u2018https://demo.aeries.net/aeries/", "The Aeries URL uses a scheme other than http or https" },
        { "`https://demo.aeries.net/aeries/", "The Aeries URL uses the scheme '`https'" },
        { "https://demo.aeries.net/aeries/\u2019", "https://demo.aeries.net/aeries/%E2%80%99/" },
        { "https://demo.aeries.net/aeries/`", "https://demo.aeries.net/aeries/%60/" },
        { "\u2018https://demo.aeries.net/aeries/\u2019", "https://demo.aeries.net/aeries/" },
        { "`https://demo.aeries.net/aeries/`", "https://demo.aeries.net/aeries/" },
        { "abcdefghijklmnop://demo.aeries.net/", "The Aeries URL uses the scheme 'abcdefghijklmnop'" },
        { "abcdefghijklmnopq://demo.aeries.net/", "The Aeries URL uses a scheme other than http or https" },
        { "ab\u0080c://demo.aeries.net/", "The Aeries URL uses a scheme other than http or https" },
        { "a_b:stuff", "The Aeries URL has no scheme (https://) and is not a host name." },
        { "svn+ssh:host/repo", "The Aeries URL uses the scheme 'svn+ssh'" },
        { "10.0.0.5:84a3/aeries", "The Aeries URL has no scheme (https://) and is not a host name." },
        { "10.0.0.5:8443/aeries", "https://10.0.0.5:8443/aeries/" },
        { ":8443/aeries", "The Aeries URL has no scheme (https://) and is not a host name." },
        { "https://demo.aeries.net/api/v5/schools", "https://demo.aeries.net/" },
        { "https://demo.aeries.net/aeries/api/V4/", "The Aeries URL points at API version 'V4'; IlluminatePerms speaks Aeries API v5." },
        { "https://demo.aeries.net/aeries/api/v/", "https://demo.aeries.net/aeries/" },
        { "https://demo.aeries.net/aeries/api/v4x/", "https://demo.aeries.net/aeries/" },
        { "https://demo.aeries.net/v4/api/schools", "https://demo.aeries.net/v4/" },
    };

    [Theory]
    [MemberData(nameof(Edges))]
    public void Each_rule_holds_to_its_edge(string? pasted, string expected)
    {
        var parsed = AeriesBaseUrl.TryParse(pasted, out var url, out var error);

        Assert.StartsWith(expected, parsed ? url!.ToString() : error, StringComparison.Ordinal);
        Assert.Equal(expected.StartsWith("http", StringComparison.Ordinal), parsed);
    }

    [Theory]
    [MemberData(nameof(SlashesForgotten))]
    public void An_http_scheme_without_its_slashes_or_a_host_with_a_port_is_still_taken(string pasted, string expected)
        => Assert.Equal(expected, AeriesBaseUrl.Parse(pasted).ToString());

    [Fact]
    public void A_long_would_be_scheme_is_not_repeated()
    {
        const string Pasted = "abcdef0123456789abcdef0123456789:x";

        var error = Assert.Throws<FormatException>(() => AeriesBaseUrl.Parse(Pasted)).Message;

        Assert.Contains("a scheme other than http or https", error, StringComparison.Ordinal);
        Assert.DoesNotContain("abcdef0123456789", error, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Accepted))]
    public void Pasted_urls_become_the_canonical_base(string pasted, string expected)
    {
        var url = AeriesBaseUrl.Parse(pasted);

        Assert.Equal(expected, url.ToString());
        Assert.Equal(expected + "api/v5/", url.ApiUrl.AbsoluteUri);
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void Wrong_urls_are_refused_with_what_is_wrong_and_what_was_expected(string pasted, string problem)
    {
        var error = Assert.Throws<FormatException>(() => AeriesBaseUrl.Parse(pasted)).Message;

        Assert.Contains(problem, error, StringComparison.OrdinalIgnoreCase);
        Assert.True(error.Contains("Expected", StringComparison.Ordinal) || error.Contains("Use https", StringComparison.Ordinal), error);
    }

    [Fact]
    public void Plain_http_to_a_remote_host_needs_the_explicit_opt_in()
    {
        Assert.False(AeriesBaseUrl.TryParse("http://test-sis.district.org/aeries/", out _, out var error));
        Assert.Contains("unencrypted", error, StringComparison.Ordinal);

        Assert.True(AeriesBaseUrl.TryParse("http://test-sis.district.org/aeries/", out var url, out _, allowInsecureHttp: true));
        Assert.Equal("http://test-sis.district.org/aeries/", url!.ToString());
    }

    [Fact]
    public void A_password_in_the_url_is_never_echoed()
    {
        Assert.False(AeriesBaseUrl.TryParse("https://admin:Hunter2Secret@demo.aeries.net/", out _, out var error));
        Assert.DoesNotContain("Hunter2Secret", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Equal_bases_compare_equal()
    {
        Assert.Equal(AeriesBaseUrl.Parse("https://Demo.aeries.net/aeries/Login.aspx"), AeriesBaseUrl.Parse("demo.aeries.net/aeries/api/v5/systeminfo"));
    }
}
