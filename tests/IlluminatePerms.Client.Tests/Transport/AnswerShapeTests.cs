using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using IlluminatePerms.Client.Errors;
using IlluminatePerms.Client.Http;
using IlluminatePerms.Contract;
using Xunit;

namespace IlluminatePerms.Client.Tests.Transport;

/// <summary>What the client says when a success answer is not Aeries' JSON: each shape named as a reader would name it.</summary>
public sealed class AnswerShapeTests
{
    private static readonly AeriesOperation Schools = AeriesContract.Get("schools.get_school_information");

    [Theory]
    [InlineData(null, "answered 200 with no content type, not Aeries' JSON: a sign-in page or a proxy in the way?")]
    [InlineData("text/html", "answered 200 with an HTML page (text/html), not Aeries' JSON: a sign-in page or a proxy in the way?")]
    [InlineData("application/xhtml+xml", "answered 200 with an HTML page (application/xhtml+xml), not Aeries' JSON: a sign-in page or a proxy in the way?")]
    [InlineData("application/xml", "answered 200 with application/xml, not Aeries' JSON: a sign-in page or a proxy in the way?")]
    public void A_body_declared_as_something_else_is_named_by_its_type(string? mediaType, string answered)
    {
        using var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(Encoding.UTF8.GetBytes("<x/>")) };
        if (mediaType is not null)
        {
            response.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(mediaType);
        }

        var error = Assert.Throws<AeriesUnexpectedAnswerException>(() => AeriesAnswerCheck.EnsureJson(Schools, response, null));

        Assert.Equal(answered, error.Answered);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("TEXT/JSON")]
    [InlineData("application/problem+json")]
    public void Json_of_any_declared_kind_passes(string mediaType)
    {
        using var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{}", Encoding.UTF8, mediaType) };

        AeriesAnswerCheck.EnsureJson(Schools, response, null);
    }

    [Theory]
    [InlineData("{}", null)]
    [InlineData("[]", null)]
    [InlineData("[{},{}]", null)]
    [InlineData("\"x\"", "a string")]
    [InlineData("1", "a number")]
    [InlineData("true", "true or false")]
    [InlineData("false", "true or false")]
    [InlineData("null", "null")]
    [InlineData("[{},1]", "an array holding a number")]
    [InlineData("[[]]", "an array holding an array")]
    public void Json_that_is_not_records_says_what_it_is(string json, string? misfit)
    {
        using var document = JsonDocument.Parse(json);

        var error = AeriesAnswerCheck.NotRecords(Schools, 200, document.RootElement);

        Assert.Equal(misfit is null ? null : $"answered 200 with JSON of another shape ({misfit} where Aeries sends records), not Aeries' JSON: a proxy or another service at this URL?", error?.Answered);
    }

    [Fact]
    public void An_empty_or_unparsable_body_is_named_as_such()
    {
        Assert.Equal("answered 200 with an empty body, not Aeries' JSON: a proxy or another service at this URL?", AeriesAnswerCheck.Empty(Schools, 200).Answered);
        Assert.Equal("answered 200 with JSON that does not parse, not Aeries' JSON: a sign-in page or a proxy in the way?", AeriesAnswerCheck.Unparsable(Schools, 200).Answered);
    }
}
