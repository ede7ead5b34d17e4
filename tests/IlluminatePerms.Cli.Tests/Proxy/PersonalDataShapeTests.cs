using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using IlluminatePerms.Cli.Commands.Proxy;
using Xunit;

namespace IlluminatePerms.Cli.Tests.Proxy;

/// <summary>Replacements of personal data that still leave nothing of the original: digits, letters outside ASCII, long values, numbers.</summary>
public sealed class PersonalDataShapeTests
{
    [Fact]
    public void Digits_are_replaced_by_digits()
    {
        var run = new PersonalData();

        var replaced = run.Replace("5551234567");

        Assert.Matches(@"^\d{10}$", replaced);
        Assert.NotEqual("5551234567", replaced);
    }

    [Fact]
    public void Letters_outside_ascii_are_replaced_by_ascii_letters()
    {
        var run = new PersonalData();

        Assert.Matches(@"^[A-Z][a-z]{2} [A-Z][a-z]{4}$", run.Replace("Zoë Núñez"));
    }

    [Fact]
    public void A_long_value_does_not_repeat_its_replacement_or_run_out_of_it()
    {
        var run = new PersonalData();

        var replaced = run.Replace(new string('a', 96));

        Assert.Matches("^[a-z]{96}$", replaced);
        Assert.NotEqual(replaced[..24], replaced[32..56]);
        Assert.NotEqual(replaced[32..56], replaced[64..88]);
        Assert.True(replaced[32..].Distinct().Count() > 1, replaced);
        Assert.True(replaced[64..].Distinct().Count() > 1, replaced);
    }

    [Fact]
    public void A_personal_number_becomes_another_number_of_its_size()
    {
        var phone = JsonDocument.Parse(Replaced("{\"HomePhone\":5551234567,\"Grade\":9}")).RootElement;

        Assert.Equal(9, phone.GetProperty("Grade").GetInt32());
        Assert.Equal(JsonValueKind.Number, phone.GetProperty("HomePhone").ValueKind);
        Assert.NotEqual(5551234567, phone.GetProperty("HomePhone").GetInt64());
        Assert.InRange(phone.GetProperty("HomePhone").GetRawText().Length, 2, 10);
    }

    [Fact]
    public void A_personal_fraction_always_becomes_a_number_json_can_read()
    {
        // Some replacements of 0.5 start with 0, which is dropped: ".7" is no JSON number, so it becomes 1.
        for (var run = 0; run < 200; run++)
        {
            var written = JsonDocument.Parse(Replaced("{\"HomePhone\":0.5}")).RootElement.GetProperty("HomePhone");

            Assert.Equal(JsonValueKind.Number, written.ValueKind);
            Assert.Matches(@"^(1|[1-9]\.\d)$", written.GetRawText());
        }
    }

    private static string Replaced(string json)
    {
        using var document = JsonDocument.Parse(json);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            new PersonalData().Write(writer, document.RootElement);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
