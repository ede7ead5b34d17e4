using IlluminatePerms.AspNetCore.Checking;
using Xunit;

namespace IlluminatePerms.AspNetCore.Tests;

/// <summary>The two fields as an admin pastes them: what is taken, and what is said of what is not.</summary>
public sealed class CheckInputTests
{
    private const string Certificate = "477a6f3c9d2e4b1a8c7f6e5d4c3bf5e1";

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void A_missing_address_asks_for_the_sign_in_page(string? baseUrl)
    {
        Assert.False(CheckInput.TryRead(baseUrl, Certificate, out var input, out var error));

        Assert.Null(input);
        Assert.StartsWith("Give your Aeries address", error, System.StringComparison.Ordinal);
    }

    [Fact]
    public void An_address_of_the_longest_length_is_read_and_one_longer_is_refused()
    {
        var longest = "https://district.example/" + new string('z', CheckInput.MaxBaseUrlLength - "https://district.example/".Length);

        Assert.True(CheckInput.TryRead(longest, Certificate, out var input, out _));
        Assert.NotNull(input);
        Assert.False(CheckInput.TryRead(longest + "z", Certificate, out _, out var error));
        Assert.Equal($"The Aeries address is longer than {CheckInput.MaxBaseUrlLength} characters: give the address of the sign-in page only.", error);
    }

    [Fact]
    public void A_certificate_pasted_into_the_address_is_neither_shown_nor_sent()
    {
        Assert.False(CheckInput.TryRead("https://district.example/" + Certificate, Certificate, out _, out var error));

        Assert.StartsWith("The Aeries address holds a long run of hexadecimal digits", error, System.StringComparison.Ordinal);
        Assert.DoesNotContain(Certificate, error, System.StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not a certificate")]
    public void A_certificate_aeries_would_not_issue_is_refused_in_words(string? certificate)
    {
        Assert.False(CheckInput.TryRead("https://district.example/aeries/", certificate, out var input, out var error));

        Assert.Null(input);
        Assert.False(string.IsNullOrWhiteSpace(error));
    }

    [Fact]
    public void A_good_address_and_certificate_are_taken()
    {
        Assert.True(CheckInput.TryRead("https://district.example/aeries/Login.aspx", Certificate, out var input, out var error));

        Assert.Null(error);
        Assert.Equal("district.example", input.BaseUrl.Value.Host);
    }
}
