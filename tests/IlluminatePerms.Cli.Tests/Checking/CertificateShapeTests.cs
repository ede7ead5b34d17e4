using IlluminatePerms.Cli.Checking;
using Xunit;

namespace IlluminatePerms.Cli.Tests.Checking;

/// <summary>
/// What counts as certificate-shaped in text that should hold no secret: a whole word of 16 or more
/// hexadecimal digits, and nothing shorter or with another letter in it.
/// </summary>
public sealed class CertificateShapeTests
{
    [Theory]
    [InlineData("https://0123456789abcdef.example/", "https://(certificate-shaped text, not shown).example/")]
    [InlineData("key=0123456789ABCDEF0123456789abcdef&x", "key=(certificate-shaped text, not shown)&x")]
    [InlineData("0123456789abcde", "0123456789abcde")]
    [InlineData("0123456789abcdeg", "0123456789abcdeg")]
    [InlineData("district0123456789abcdef", "district0123456789abcdef")]
    [InlineData("a 0123456789abcdef b 0123456789abcdef", "a (certificate-shaped text, not shown) b (certificate-shaped text, not shown)")]
    public void A_run_of_sixteen_or_more_hex_digits_is_hidden_and_nothing_else(string text, string redacted)
    {
        Assert.Equal(redacted, CertificateShape.Redact(text));
        Assert.Equal(redacted != text, CertificateShape.AppearsIn(text));
    }
}
