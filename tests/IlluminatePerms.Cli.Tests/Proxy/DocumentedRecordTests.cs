using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;
using IlluminatePerms.Cli.Commands.Proxy;
using IlluminatePerms.Client.Json;
using IlluminatePerms.Client.Models;
using IlluminatePerms.Contract;
using Xunit;

namespace IlluminatePerms.Cli.Tests.Proxy;

/// <summary>
/// What the proxy's contract check expects of each field: the JSON kinds a client model's property
/// is read from, as a finding states them ("documented: a number or null"), and the records a list
/// or object field holds. Read here through <see cref="DocumentedRecord.Of"/> and
/// <see cref="ClientRecords.Build"/>, which cache nothing, unlike the check's own lookup.
/// </summary>
public sealed class DocumentedRecordTests
{
    [Theory]
    [InlineData("Text", "String", "a string")]
    [InlineData("MaybeText", "String, Null", "a string or null")]
    [InlineData("When", "String", "a string")]
    [InlineData("WhenWithOffset", "String", "a string")]
    [InlineData("Day", "String", "a string")]
    [InlineData("Time", "String", "a string")]
    [InlineData("Id", "String", "a string")]
    [InlineData("Letter", "String", "a string")]
    [InlineData("Flag", "Boolean", "true or false")]
    [InlineData("MaybeFlag", "Boolean, Null", "true or false or null")]
    [InlineData("Weekday", "Number, NumericString", "a number")]
    [InlineData("Tiny", "Number, NumericString", "a number")]
    [InlineData("SignedTiny", "Number, NumericString", "a number")]
    [InlineData("Short", "Number, NumericString", "a number")]
    [InlineData("UnsignedShort", "Number, NumericString", "a number")]
    [InlineData("Whole", "Number, NumericString", "a number")]
    [InlineData("UnsignedWhole", "Number, NumericString", "a number")]
    [InlineData("Long", "Number, NumericString", "a number")]
    [InlineData("UnsignedLong", "Number, NumericString", "a number")]
    [InlineData("Single", "Number, NumericString", "a number")]
    [InlineData("Double", "Number, NumericString", "a number")]
    [InlineData("Money", "Number, NumericString", "a number")]
    [InlineData("MaybeWhole", "Number, Null, NumericString", "a number or null")]
    [InlineData("renamed", "Number, NumericString", "a number")]
    [InlineData("Flexible", "String, Number, Boolean", "a string or a number")]
    [InlineData("MaybeFlexible", "String, Number, Boolean, Null", "a string or a number or null")]
    [InlineData("Converted", "Any", "any value")]
    [InlineData("Numbers", "Array", "an array")]
    [InlineData("Map", "Any", "any value")]
    [InlineData("Other", "Any", "any value")]
    public void Each_property_type_is_documented_as_the_JSON_kinds_the_client_reads_it_from(string name, string kinds, string described)
    {
        var field = DocumentedRecord.Of(typeof(Shapes)).Field(name);

        Assert.NotNull(field);
        Assert.Equal(name, field.Name);
        Assert.Equal(kinds, field.Kinds.ToString());
        Assert.Equal(described, field.Described);
        Assert.Null(field.Record);
    }

    [Theory]
    [InlineData("ReadOnlyList")]
    [InlineData("List")]
    [InlineData("Enumerable")]
    [InlineData("ListInterface")]
    [InlineData("Collection")]
    [InlineData("ReadOnlyCollection")]
    [InlineData("Stream")]
    [InlineData("Array")]
    public void A_list_of_client_records_is_an_array_whose_elements_are_checked_as_those_records(string name)
    {
        var field = DocumentedRecord.Of(typeof(Shapes)).Field(name);

        Assert.NotNull(field);
        Assert.Equal("Array", field.Kinds.ToString());
        Assert.Equal("an array", field.Described);
        Assert.NotNull(field.Record);
        Assert.Equal(nameof(Term), field.Record.Name);
        Assert.NotNull(field.Record.Field(nameof(Term.TermCode)));
    }

    [Fact]
    public void A_client_record_held_in_a_field_is_an_object_checked_as_that_record()
    {
        var field = DocumentedRecord.Of(typeof(Shapes)).Field("School");

        Assert.NotNull(field);
        Assert.Equal("Object, Null", field.Kinds.ToString());
        Assert.Equal("an object or null", field.Described);
        Assert.Equal(nameof(School), field.Record?.Name);
    }

    [Fact]
    public void Ignored_properties_and_indexers_are_not_fields_and_names_are_found_whatever_their_case()
    {
        var record = DocumentedRecord.Of(typeof(Shapes));

        Assert.Null(record.Field("Hidden"));
        Assert.Null(record.Field("Item"));
        Assert.Equal("Text", record.Field("TEXT")?.Name);
        Assert.Equal("renamed", record.Field("RENAMED")?.Name);
        Assert.Null(record.Field("Named"));
        Assert.Equal(nameof(Shapes), record.Name);
        Assert.Equal(nameof(Shapes), record.ToString());
    }

    [Fact]
    public void Each_operation_the_typed_client_reads_has_the_record_its_method_returns()
    {
        var records = ClientRecords.Build();

        // A single record, a list, a stream, and the same model for the same area's operations.
        Assert.Equal(nameof(School), records[AeriesOperationIds.Schools.GetSchoolInformation].Name);
        Assert.Equal(nameof(Student), records[AeriesOperationIds.Students.GetStudentInformation].Name);
        Assert.Equal(nameof(StudentAttendance), records[AeriesOperationIds.Attendance.GetStudentAttendance].Name);
        Assert.Equal(nameof(Contact), records[AeriesOperationIds.Students.GetContacts].Name);
        Assert.All(records, pair => Assert.Equal(pair.Value.Name, ClientRecords.For(pair.Key)?.Name));

        // Writes answered with nothing, and operations no client method reads alone, have no record.
        Assert.DoesNotContain(AeriesOperationIds.Staff.DeleteStaffCertificatedAssignment, records.Keys);
        Assert.All(records.Keys, id => Assert.Contains(AeriesContract.All, operation => operation.Id == id));
    }

    /// <summary>One property of each kind the check tells apart; <see cref="Term"/> and <see cref="School"/> are client records.</summary>
    private sealed class Shapes
    {
        public string Text { get; init; } = string.Empty;

        public string? MaybeText { get; init; }

        public DateTime When { get; init; }

        public DateTimeOffset WhenWithOffset { get; init; }

        public DateOnly Day { get; init; }

        public TimeOnly Time { get; init; }

        public Guid Id { get; init; }

        public char Letter { get; init; }

        public bool Flag { get; init; }

        public bool? MaybeFlag { get; init; }

        public DayOfWeek Weekday { get; init; }

        public byte Tiny { get; init; }

        public sbyte SignedTiny { get; init; }

        public short Short { get; init; }

        public ushort UnsignedShort { get; init; }

        public int Whole { get; init; }

        public uint UnsignedWhole { get; init; }

        public long Long { get; init; }

        public ulong UnsignedLong { get; init; }

        public float Single { get; init; }

        public double Double { get; init; }

        public decimal Money { get; init; }

        public int? MaybeWhole { get; init; }

        [JsonPropertyName("renamed")]
        public int Named { get; init; }

        [JsonConverter(typeof(FlexibleStringConverter))]
        public string Flexible { get; init; } = string.Empty;

        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? MaybeFlexible { get; init; }

        [JsonConverter(typeof(JsonStringEnumConverter))]
        public DayOfWeek Converted { get; init; }

        public IReadOnlyList<int> Numbers { get; init; } = [];

        public Dictionary<string, int> Map { get; init; } = [];

        public Uri Other { get; init; } = new("http://127.0.0.1/");

        public IReadOnlyList<Term> ReadOnlyList { get; init; } = [];

        public List<Term> List { get; init; } = [];

        public IEnumerable<Term> Enumerable { get; init; } = [];

        public IList<Term> ListInterface { get; init; } = [];

        public ICollection<Term> Collection { get; init; } = [];

        public IReadOnlyCollection<Term> ReadOnlyCollection { get; init; } = [];

        public IAsyncEnumerable<Term> Stream { get; init; } = AsyncEnumerable.Empty<Term>();

        public Term[] Array { get; init; } = [];

        public School? School { get; init; }

        [JsonIgnore]
        public int Hidden { get; init; }

        public int this[int index] => index;
    }
}
