using System.Linq;
using System.Text.Json;
using Xunit;

namespace IlluminatePerms.MockAeries.Tests.Harness;

/// <summary>Compares a record the mock answers with what a write should have left in it, member by member.</summary>
internal static class RecordAssert
{
    /// <summary>
    /// Asserts that <paramref name="record"/> has each member of <paramref name="expected"/> (a JSON
    /// object) with that value.
    /// </summary>
    public static void Has(JsonElement record, string expected)
    {
        using var wanted = JsonDocument.Parse(expected);
        foreach (var member in wanted.RootElement.EnumerateObject())
        {
            Assert.True(record.TryGetProperty(member.Name, out var actual), $"the record has no {member.Name}");
            Assert.True(JsonElement.DeepEquals(member.Value, actual), $"{member.Name}: expected {member.Value.GetRawText()}, got {actual.GetRawText()}");
        }
    }

    /// <summary>
    /// Asserts that <paramref name="after"/> has the members of <paramref name="before"/>, each with
    /// the same value but those named in <paramref name="changed"/> (a JSON object), which have the
    /// value given there and did not have it before (so the write is seen to change them).
    /// </summary>
    public static void ChangedOnly(JsonElement before, JsonElement after, string changed)
    {
        using var wanted = JsonDocument.Parse(changed);
        Assert.Equal(before.EnumerateObject().Select(m => m.Name), after.EnumerateObject().Select(m => m.Name));
        foreach (var member in wanted.RootElement.EnumerateObject())
        {
            Assert.False(JsonElement.DeepEquals(member.Value, before.GetProperty(member.Name)), $"{member.Name} already was {member.Value.GetRawText()}: the test would not see the write");
        }

        foreach (var member in after.EnumerateObject())
        {
            var expected = wanted.RootElement.TryGetProperty(member.Name, out var given) ? given : before.GetProperty(member.Name);
            Assert.True(JsonElement.DeepEquals(expected, member.Value), $"{member.Name}: expected {expected.GetRawText()}, got {member.Value.GetRawText()}");
        }
    }
}
