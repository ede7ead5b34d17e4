using IlluminatePerms.Client.Http;
using IlluminatePerms.Connection;
using Xunit;

namespace IlluminatePerms.Client.Tests.Client;

/// <summary>Text a server sent is shown on one line, without the certificate, control or format characters, and capped.</summary>
public sealed class ServerTextTests
{
    private static readonly AeriesCertificate Certificate = AeriesCertificate.Parse("477a0123456789abcdef0123456789f5e1");

    [Theory]
    [InlineData("Denied for 477a0123456789abcdef0123456789f5e1.", "Denied for 477a…f5e1.")]
    [InlineData("Denied for 477A0123456789ABCDEF0123456789F5E1.", "Denied for 477a…f5e1.")]
    [InlineData("477a0123456789abcdef\u200B0123456789f5e1", "477a…f5e1")]
    [InlineData("477a0123456789abcdef\u00000123456789f5e1", "477a…f5e1")]
    [InlineData("red \u001b[31malert\u001b[0m", "red [31malert[0m")]
    [InlineData("two\r\nlines\tand  spaces", "two lines and spaces")]
    [InlineData("\u202Eevil", "evil")]
    [InlineData(" \r\n\u0007 ", null)]
    [InlineData(null, null)]
    public void Cleans_what_a_server_sent(string? text, string? expected)
        => Assert.Equal(expected, ServerText.Clean(text, Certificate));

    [Fact]
    public void Caps_the_length_after_redacting_so_no_part_of_the_certificate_survives_the_cut()
    {
        var text = new string('x', 95) + Certificate.Reveal() + new string('y', 50);

        var cleaned = ServerText.Clean(text, Certificate, 100);

        Assert.Equal(new string('x', 95) + "477a…" + "…", cleaned);
    }

    [Fact]
    public void Does_not_cut_a_surrogate_pair_in_half()
    {
        var cleaned = ServerText.Clean("abc\U0001F600def", null, 4);

        Assert.Equal("abc…", cleaned);
    }
}
