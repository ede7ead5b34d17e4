using System;
using System.Net.Http;
using System.Text.Json;
using IlluminatePerms.Client.Errors;
using IlluminatePerms.Connection;
using IlluminatePerms.Contract;

namespace IlluminatePerms.Client.Http;

/// <summary>
/// Whether a success answer is Aeries' JSON: declared as JSON, parsable, and records (an object, or
/// an array of objects). A sign-in page, a proxy's page or another API's JSON answered with 200 says
/// nothing about the request, so it is an <see cref="AeriesUnexpectedAnswerException"/>, never data.
/// </summary>
internal static class AeriesAnswerCheck
{
    private const string PageHint = "a sign-in page or a proxy in the way?";
    private const string OtherApiHint = "a proxy or another service at this URL?";

    /// <summary>Throws unless the answer's Content-Type is JSON (<c>application/json</c>, <c>text/json</c> or <c>…+json</c>) or its body is declared empty.</summary>
    public static void EnsureJson(AeriesOperation operation, HttpResponseMessage response, AeriesCertificate? certificate)
    {
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        // A body declared empty has nothing to misread (a write may answer so); a probe refuses it itself.
        if (IsJson(mediaType) || response.Content.Headers.ContentLength == 0)
        {
            return;
        }

        var status = (int)response.StatusCode;
        var shown = ServerText.Clean(mediaType, certificate, ServerText.MaxValueLength);
        var answer = shown switch
        {
            null => "with no content type",
            _ when shown.Equals("text/html", StringComparison.OrdinalIgnoreCase) || shown.Equals("application/xhtml+xml", StringComparison.OrdinalIgnoreCase) => $"with an HTML page ({shown})",
            _ => $"with {shown}",
        };
        throw new AeriesUnexpectedAnswerException(status, operation.Id, $"answered {status} {answer}, not Aeries' JSON: {PageHint}");
    }

    /// <summary>Null when <paramref name="root"/> is records (one object, or an array of objects, possibly empty); otherwise the exception that says what it is.</summary>
    public static AeriesUnexpectedAnswerException? NotRecords(AeriesOperation operation, int status, JsonElement root)
    {
        var misfit = root.ValueKind switch
        {
            JsonValueKind.Object => null,
            JsonValueKind.Array => FirstNonObject(root),
            var kind => Name(kind),
        };
        return misfit is null
            ? null
            : new AeriesUnexpectedAnswerException(status, operation.Id, $"answered {status} with JSON of another shape ({misfit} where Aeries sends records), not Aeries' JSON: {OtherApiHint}");
    }

    /// <summary>For a success answer with no body where Aeries sends records.</summary>
    public static AeriesUnexpectedAnswerException Empty(AeriesOperation operation, int status)
        => new(status, operation.Id, $"answered {status} with an empty body, not Aeries' JSON: {OtherApiHint}");

    /// <summary>For a body declared as JSON that does not parse.</summary>
    public static AeriesUnexpectedAnswerException Unparsable(AeriesOperation operation, int status)
        => new(status, operation.Id, $"answered {status} with JSON that does not parse, not Aeries' JSON: {PageHint}");

    private static bool IsJson(string? mediaType)
        => mediaType is not null
           && (mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
               || mediaType.Equals("text/json", StringComparison.OrdinalIgnoreCase)
               || (mediaType.StartsWith("application/", StringComparison.OrdinalIgnoreCase) && mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase)));

    private static string? FirstNonObject(JsonElement array)
    {
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                return $"an array holding {Name(item.ValueKind)}";
            }
        }

        return null;
    }

    private static string Name(JsonValueKind kind) => kind switch
    {
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "true or false",
        JsonValueKind.Null => "null",
        JsonValueKind.Array => "an array",
        _ => "nothing",
    };
}
