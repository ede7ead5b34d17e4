using System;
using IlluminatePerms.Connection;
using Xunit;

namespace IlluminatePerms.Client.Tests.Connection;

public class AeriesCertificateTests
{
    private const string Demo = "477abe9e7d27439681d62f4e0de1f5e1";

    [Fact]
    public void The_usual_form_is_accepted_without_warning_and_redacted_to_eight_characters()
    {
        var certificate = AeriesCertificate.Parse(Demo);

        Assert.Null(certificate.Warning);
        Assert.Equal("477a…f5e1", certificate.Redacted);
        Assert.Equal("477a…f5e1", certificate.ToString());
        Assert.Equal("477a…f5e1", $"{certificate}");
        Assert.Equal(Demo, certificate.Reveal());
    }

    [Fact]
    public void Case_is_kept_because_Aeries_compares_it_case_sensitively()
    {
        var certificate = AeriesCertificate.Parse("477ABE9E7D27439681D62F4E0DE1F5E1");

        Assert.Equal("477ABE9E7D27439681D62F4E0DE1F5E1", certificate.Reveal());
        Assert.NotEqual(AeriesCertificate.Parse(Demo), certificate);
    }

    [Theory]
    [InlineData("  477abe9e7d27439681d62f4e0de1f5e1\n")]
    [InlineData("\"477abe9e7d27439681d62f4e0de1f5e1\"")]
    [InlineData("'477abe9e7d27439681d62f4e0de1f5e1'")]
    public void Surrounding_white_space_and_quotes_are_removed(string pasted)
    {
        Assert.Equal(Demo, AeriesCertificate.Parse(pasted).Reveal());
    }

    [Theory]
    [InlineData("477abe9e7d27439681d62f4e0de1f5e", "31 characters")]
    [InlineData("477abe9e-7d27-4396-81d6-2f4e0de1f5e1", "not all hexadecimal")]
    [InlineData("zzzzbe9e7d27439681d62f4e0de1f5e1", "not all hexadecimal")]
    public void Other_forms_warn_but_are_accepted(string text, string warning)
    {
        var certificate = AeriesCertificate.Parse(text);

        Assert.Contains(warning, certificate.Warning, StringComparison.Ordinal);
        Assert.DoesNotContain(text, certificate.Warning!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("477abe9e7d274396 81d62f4e0de1f5e1")]
    [InlineData("477abe9e7d27439681d62f4e0de1f5e1\u00e9")]
    public void Empty_or_header_breaking_text_is_refused_without_showing_it(string text)
    {
        var error = Assert.Throws<FormatException>(() => AeriesCertificate.Parse(text)).Message;

        Assert.DoesNotContain("81d62f4e", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_rule_holds_to_its_edge()
    {
        // Sixteen characters is the shortest shown in part; '~' is the last character a header carries.
        Assert.Equal("abcd…mnop", AeriesCertificate.Parse("abcdefghijklmnop").Redacted);
        Assert.Equal("…(15 characters)", AeriesCertificate.Parse("abcdefghijklmno").Redacted);
        Assert.True(AeriesCertificate.TryParse("477abe9e7d274396~81d62f4e0de1f5e", out _, out _));
        Assert.False(AeriesCertificate.TryParse(null, out _, out var empty));
        Assert.Equal("The Aeries certificate is empty. Copy it from Security → API Security → Display Certificate Details.", empty);
        Assert.False(AeriesCertificate.TryParse("477abe9e7d274396 81d62f4e0de1f5e1", out _, out var spaced));
        Assert.Equal("The Aeries certificate (33 characters) contains white space or characters an HTTP header cannot carry; copy it again from Display Certificate Details.", spaced);
    }

    [Fact]
    public void The_warning_says_how_long_the_certificate_is_and_whether_it_is_hexadecimal()
    {
        Assert.Equal(
            "The Aeries certificate is 30 characters long; the usual form is 32 hexadecimal characters. Check that it was copied whole.",
            AeriesCertificate.Parse("477abe9e7d27439681d62f4e0de1f5").Warning);
        Assert.Equal(
            "The Aeries certificate is 32 characters long and not all hexadecimal; the usual form is 32 hexadecimal characters. Check that it was copied whole.",
            AeriesCertificate.Parse("477abe9e7d27439681d62f4e0de1f5zz").Warning);
    }

    [Fact]
    public void A_certificate_equals_only_the_same_text_and_redacts_no_null()
    {
        var certificate = AeriesCertificate.Parse("477abe9e7d27439681d62f4e0de1f5e1");

        Assert.False(certificate.Equals(null));
        Assert.False(certificate.Equals(AeriesCertificate.Parse("477ABE9E7D27439681D62F4E0DE1F5E1")));
        Assert.True(certificate.Equals((object)AeriesCertificate.Parse("\"477abe9e7d27439681d62f4e0de1f5e1\"")));
        Assert.Throws<ArgumentNullException>(() => certificate.Redact(null!));
    }

    [Fact]
    public void A_short_certificate_is_not_partly_shown()
    {
        var certificate = AeriesCertificate.Parse("abc123def4");

        Assert.Equal("…(10 characters)", certificate.Redacted);
    }

    [Fact]
    public void A_certificate_in_another_letter_case_still_counts_as_appearing()
    {
        // A host name or a server's echo may change the case (DNS ignores it): the leak check must not.
        var certificate = AeriesCertificate.Parse("477a1c0e9b2d4f6a8c3e5b7d9f1a2c4e");

        Assert.True(certificate.AppearsIn("https://477A1C0E9B2D4F6A8C3E5B7D9F1A2C4E.example.org/"));
        Assert.False(certificate.AppearsIn("https://district.example.org/"));
    }
}
