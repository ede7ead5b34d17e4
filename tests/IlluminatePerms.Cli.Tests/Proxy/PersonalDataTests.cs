using System.IO;
using System.Text;
using System.Text.Json;
using IlluminatePerms.Cli.Commands.Proxy;
using Xunit;

namespace IlluminatePerms.Cli.Tests.Proxy;

/// <summary>How a recording replaces personal data: which fields, deterministic within a run, keyed per run, same shape.</summary>
public sealed class PersonalDataTests
{
    [Theory]
    [InlineData("FirstName", true)]
    [InlineData("ParentGuardianName", true)]
    [InlineData("Birthdate", true)]
    [InlineData("MailingAddressCity", true)]
    [InlineData("HomePhone", true)]
    [InlineData("StudentEmailAddress", true)]
    [InlineData("StudentID", false)]
    [InlineData("Grade", false)]
    [InlineData("ShortName", false)]
    public void Fields_that_hold_names_births_addresses_phones_and_emails_are_personal(string field, bool personal)
        => Assert.Equal(personal, PersonalData.IsPersonal(field));

    [Fact]
    public void The_same_value_gets_the_same_replacement_in_a_run_and_another_in_the_next()
    {
        var run = new PersonalData();
        var next = new PersonalData();

        Assert.Equal(run.Replace("Garcia"), run.Replace("Garcia"));
        Assert.NotEqual(run.Replace("Garcia"), run.Replace("Garcib"));
        Assert.NotEqual(run.Replace("Garcia"), next.Replace("Garcia"));
        Assert.NotEqual("Garcia", run.Replace("Garcia"));
    }

    [Fact]
    public void A_replacement_keeps_the_shape_so_the_client_still_reads_it()
    {
        var run = new PersonalData();

        Assert.Matches(@"^[A-Z][a-z]{5}$", run.Replace("Garcia"));
        Assert.Matches(@"^\(\d{3}\) \d{3}-\d{4}$", run.Replace("(555) 123-4567"));
        Assert.Matches(@"^[a-z]{4}\.[a-z]{3}@[a-z]{7}\.[a-z]{3}$", run.Replace("jane.doe@example.org"));
        Assert.Matches(@"^(199\d|200\d|201\d)-(0[1-9]|1[0-2])-(0[1-9]|1\d|2[0-8])T00:00:00$", run.Replace("2012-05-17T00:00:00"));
    }

    [Fact]
    public void Only_personal_values_change_in_a_body()
    {
        using var document = JsonDocument.Parse("[{\"StudentID\":99400001,\"LastName\":\"Garcia\",\"Grade\":9,\"Contacts\":[{\"FirstName\":\"Ana\",\"Relationship\":\"Mother\"}]}]");
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            new PersonalData().Write(writer, document.RootElement);
        }

        var written = JsonDocument.Parse(Encoding.UTF8.GetString(buffer.ToArray())).RootElement[0];
        Assert.Equal(99400001, written.GetProperty("StudentID").GetInt32());
        Assert.Equal(9, written.GetProperty("Grade").GetInt32());
        Assert.NotEqual("Garcia", written.GetProperty("LastName").GetString());
        Assert.NotEqual("Ana", written.GetProperty("Contacts")[0].GetProperty("FirstName").GetString());
        Assert.Equal("Mother", written.GetProperty("Contacts")[0].GetProperty("Relationship").GetString());
    }
}
