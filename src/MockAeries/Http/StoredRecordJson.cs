using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace IlluminatePerms.MockAeries.Http;

/// <summary>
/// The JSON of stored, immutable records (students, staff, sections), serialized once per record
/// and reused: a page of students is then written from those bytes, with the brackets and commas
/// between them, instead of serialized again (or copied into one array) on every request. The bytes
/// are exactly what serializing the list would give.
/// </summary>
internal static class StoredRecordJson<T>
    where T : class
{
    private static readonly ReadOnlyMemory<byte> Open = new[] { (byte)'[' };
    private static readonly ReadOnlyMemory<byte> Close = new[] { (byte)']' };

    // Keyed by the record object itself: a record that is no longer stored is collected with its bytes.
    // Each record's bytes start with the comma that separates it from the one before (one write per record).
    private static readonly ConditionalWeakTable<T, byte[]> Cache = new();

    public static ReadOnlyMemory<byte>[] Array(IReadOnlyList<T> items, JsonTypeInfo<T> type)
    {
        var segments = new ReadOnlyMemory<byte>[items.Count + 2];
        segments[0] = Open;
        for (var i = 0; i < items.Count; i++)
        {
            var separated = Cache.GetValue(items[i], item => Separated(item, type));
            segments[i + 1] = i == 0 ? separated.AsMemory(1) : separated;
        }

        segments[^1] = Close;
        return segments;
    }

    private static byte[] Separated(T item, JsonTypeInfo<T> type)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(item, type);
        var separated = new byte[json.Length + 1];
        separated[0] = (byte)',';
        json.CopyTo(separated, 1);
        return separated;
    }
}
