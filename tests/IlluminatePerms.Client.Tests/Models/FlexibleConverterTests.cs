using System.Text.Json;
using IlluminatePerms.Client.Json;
using Xunit;

namespace IlluminatePerms.Client.Tests.Models;

/// <summary>The two lenient converters: what each reads, what each writes back, and what each refuses.</summary>
public sealed class FlexibleConverterTests
{
    private static readonly JsonSerializerOptions Options = new() { Converters = { new FlexibleStringConverter(), new FlexibleBytesConverter() } };

    [Theory]
    [InlineData("\"12\"", "12")]
    [InlineData("12", "12")]
    [InlineData("-3", "-3")]
    [InlineData("12.50", "12.50")]
    [InlineData("1e2", "100")]
    [InlineData("true", "true")]
    [InlineData("false", "false")]
    [InlineData("null", null)]
    public void A_string_field_reads_text_numbers_and_booleans(string json, string? expected)
    {
        Assert.Equal(expected, JsonSerializer.Deserialize<string?>(json, Options));
    }

    [Theory]
    [InlineData("[\"a\"]")]
    [InlineData("{\"a\":1}")]
    public void A_string_field_refuses_a_list_or_an_object(string json)
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<string?>(json, Options));

        Assert.StartsWith("Expected a string or a number, found Start", error.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"AQID\"", new byte[] { 1, 2, 3 })]
    [InlineData("[1,2,255]", new byte[] { 1, 2, 255 })]
    [InlineData("[]", new byte[0])]
    [InlineData("null", null)]
    public void A_byte_field_reads_base64_or_a_list_of_bytes(string json, byte[]? expected)
    {
        Assert.Equal(expected, JsonSerializer.Deserialize<byte[]?>(json, Options));
    }

    [Theory]
    [InlineData("12")]
    [InlineData("{}")]
    [InlineData("true")]
    public void A_byte_field_refuses_anything_else(string json)
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<byte[]?>(json, Options));

        Assert.StartsWith("Expected base64 text or an array of bytes, found ", error.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Both_write_back_what_they_read_and_null_as_null()
    {
        Assert.Equal("\"12\"", JsonSerializer.Serialize<string?>("12", Options));
        Assert.Equal("null", JsonSerializer.Serialize<string?>(null, Options));
        Assert.Equal("\"AQID\"", JsonSerializer.Serialize<byte[]?>(new byte[] { 1, 2, 3 }, Options));
        Assert.Equal("null", JsonSerializer.Serialize<byte[]?>(null, Options));
    }
}
