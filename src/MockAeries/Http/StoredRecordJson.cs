using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace IlluminatePerms.MockAeries.Http;

/// <summary>
/// The JSON of stored, immutable records (students, staff, sections), serialized once per record
/// and reused: a page of students is then copied together instead of serialized again on every
/// request. The bytes are exactly what serializing the list would give.
/// </summary>
internal static class StoredRecordJson<T>
    where T : class
{
    // Keyed by the record object itself: a record that is no longer stored is collected with its bytes.
    private static readonly ConditionalWeakTable<T, byte[]> Cache = new();

    public static byte[] Array(IReadOnlyList<T> items, JsonTypeInfo<T> type)
    {
        var parts = new byte[items.Count][];
        var length = 2 + System.Math.Max(0, items.Count - 1);
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = Cache.GetValue(items[i], item => JsonSerializer.SerializeToUtf8Bytes(item, type));
            length += parts[i].Length;
        }

        var json = new byte[length];
        var at = 0;
        json[at++] = (byte)'[';
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0)
            {
                json[at++] = (byte)',';
            }

            parts[i].CopyTo(json, at);
            at += parts[i].Length;
        }

        json[at] = (byte)']';
        return json;
    }
}
