using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using IlluminatePerms.MockAeries.Data;

namespace IlluminatePerms.MockAeries.Http;

/// <summary>
/// What an endpoint answers: a status, a JSON body and any extra headers. The body is a list of
/// UTF-8 segments written one after the other, so a page of stored records goes out from their
/// cached bytes without being copied into one large array first.
/// </summary>
internal sealed class ApiResponse
{
    private static readonly IReadOnlyDictionary<string, string> NoHeaders = new Dictionary<string, string>();

    private ApiResponse(int statusCode, ReadOnlyMemory<byte>[] body, IReadOnlyDictionary<string, string>? headers = null)
    {
        StatusCode = statusCode;
        Body = body;
        Headers = headers ?? NoHeaders;
        foreach (var segment in body)
        {
            Length += segment.Length;
        }
    }

    /// <summary>The HTTP status.</summary>
    public int StatusCode { get; }

    /// <summary>The UTF-8 JSON body, in segments; none for a 204.</summary>
    public IReadOnlyList<ReadOnlyMemory<byte>> Body { get; }

    /// <summary>The body's length in bytes.</summary>
    public int Length { get; }

    /// <summary>Headers besides Content-Type.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; }

    /// <summary>A JSON body with the given status (200 unless said).</summary>
    public static ApiResponse Json<T>(T value, JsonTypeInfo<T> type, int statusCode = 200)
        => new(statusCode, new ReadOnlyMemory<byte>[] { JsonSerializer.SerializeToUtf8Bytes(value, type) });

    /// <summary>A body already serialized as UTF-8 JSON.</summary>
    public static ApiResponse Utf8Json(int statusCode, byte[] json) => new(statusCode, new ReadOnlyMemory<byte>[] { json });

    /// <summary>An answer without a body, such as the 204 of a delete.</summary>
    public static ApiResponse Empty(int statusCode) => new(statusCode, Array.Empty<ReadOnlyMemory<byte>>());

    /// <summary>A JSON array of stored records, each serialized once and reused (see <see cref="StoredRecordJson{T}"/>).</summary>
    public static ApiResponse StoredArray<T>(IReadOnlyList<T> items, JsonTypeInfo<T> itemType)
        where T : class
        => new(200, StoredRecordJson<T>.Array(items, itemType));

    /// <summary>A recorded answer (--replay), its Content-Type as recorded.</summary>
    public static ApiResponse Recorded(int statusCode, ReadOnlyMemory<byte> body, string? contentType)
        => new(statusCode, new ReadOnlyMemory<byte>[] { body }, contentType is null ? null : new Dictionary<string, string> { ["Content-Type"] = contentType });

    /// <summary>An Aeries error: the status and <c>{"Message": message}</c>.</summary>
    public static ApiResponse Error(int statusCode, string message, IReadOnlyDictionary<string, string>? headers = null)
        => new(statusCode, new ReadOnlyMemory<byte>[] { JsonSerializer.SerializeToUtf8Bytes(new ErrorMessage(message), AeriesJson.Context.ErrorMessage) }, headers);
}
