using System;
using System.Text.Json;
using IlluminatePerms.MockAeries.Data;
using Xunit;

namespace IlluminatePerms.MockAeries.Tests.Data;

/// <summary>The dates of request bodies, written as the articles' examples write them.</summary>
public sealed class LenientDateConverterTests
{
    private static readonly JsonSerializerOptions Options = new() { Converters = { new LenientDateConverter() } };

    [Theory]
    [InlineData("2017-01-27", "2017-01-27T00:00:00")]
    [InlineData("2017/02/17", "2017-02-17T00:00:00")]
    [InlineData("2017-01-27T08:30:15", "2017-01-27T08:30:15")]
    [InlineData("2017/02/17 13:05:00", "2017-02-17T13:05:00")]
    [InlineData("2/7/2017", "2017-02-07T00:00:00")]
    [InlineData("12/31/2017", "2017-12-31T00:00:00")]
    public void A_date_as_an_example_writes_it_reads_as_that_day_and_time(string text, string expected)
    {
        var date = JsonSerializer.Deserialize<DateTime?>($"\"{text}\"", Options);

        Assert.Equal(DateTime.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), date);
        Assert.Equal($"\"{expected}\"", JsonSerializer.Serialize(date, Options));
    }

    [Theory]
    [InlineData("null")]
    [InlineData("\"\"")]
    public void No_date_reads_as_null(string json)
        => Assert.Null(JsonSerializer.Deserialize<DateTime?>(json, Options));

    [Theory]
    [InlineData("soon")]
    [InlineData("2017-13-40")]
    [InlineData("31/12/2017")]
    public void Text_that_is_no_date_is_refused_by_name(string text)
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<DateTime?>($"\"{text}\"", Options));

        Assert.Equal($"'{text}' is not a date.", error.Message);
    }

    [Fact]
    public void A_missing_date_is_written_as_null()
        => Assert.Equal("null", JsonSerializer.Serialize<DateTime?>(null, Options));
}
