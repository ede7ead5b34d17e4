using System.Collections.Generic;
using System.Text.Json;
using IlluminatePerms.Checking;
using IlluminatePerms.Connection;
using Xunit;

namespace IlluminatePerms.Client.Tests.Checking;

/// <summary>
/// What the checker takes from an answer as an identifier, and which values it refuses to put in a
/// probe's path: anything but a plain identifier could be an echo of the certificate or a log-forging text.
/// </summary>
public sealed class ProbeValueTests
{
    private const string Secret = "0123456789abcdef0123456789abcdef";

    private static readonly AeriesCertificate Certificate = AeriesCertificate.Parse(Secret);

    [Theory]
    [InlineData("994")]
    [InlineData("A-12_x")]
    [InlineData("3f2504e0-4f89-11d3-9a0c-0305e82c3301")]
    public void A_plain_identifier_is_fit(string value)
    {
        Assert.Null(ProbeValues.FirstUnfit(new Dictionary<string, string> { ["SchoolCode"] = "994", ["StudentID"] = value }, Certificate));
        Assert.Null(ProbeValues.FirstUnfit(new Dictionary<string, string> { ["X"] = new string('9', 64) }, Certificate));
    }

    [Theory]
    [InlineData("")]
    [InlineData("99 4")]
    [InlineData("994\n")]
    [InlineData("994\u0007")]
    [InlineData("99\u200B4")]
    [InlineData("99\u00A04")]
    [InlineData(Secret)]
    [InlineData("id-" + Secret)]
    public void Anything_else_is_named_as_unfit(string value)
    {
        Assert.Equal("StudentID", ProbeValues.FirstUnfit(new Dictionary<string, string> { ["SchoolCode"] = "994", ["StudentID"] = value }, Certificate));
        Assert.Equal("X", ProbeValues.FirstUnfit(new Dictionary<string, string> { ["X"] = new string('9', 65) }, Certificate));
    }

    [Theory]
    [InlineData("{\"ID\": 994}", "994")]
    [InlineData("{\"ID\": \" A12 \"}", "A12")]
    [InlineData("{\"ID\": 12.5}", "12.5")]
    [InlineData("{\"ID\": 0}", null)]
    [InlineData("{\"ID\": \"0\"}", null)]
    [InlineData("{\"ID\": \"  \"}", null)]
    [InlineData("{\"ID\": true}", null)]
    [InlineData("{\"ID\": null}", null)]
    [InlineData("{\"Other\": 1}", null)]
    [InlineData("[{\"ID\": 1}]", null)]
    public void An_identifier_is_a_records_number_or_text_but_not_zero_or_blank(string json, string? expected)
    {
        using var document = JsonDocument.Parse(json);

        Assert.Equal(expected, Identifier.Read(document.RootElement, "ID"));
        Assert.Null(Identifier.Read(null, "ID"));
    }
}
