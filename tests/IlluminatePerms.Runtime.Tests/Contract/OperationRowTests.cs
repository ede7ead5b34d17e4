using System;
using System.Collections.Generic;
using System.Linq;
using IlluminatePerms.Contract;
using IlluminatePerms.Grants;
using Xunit;

namespace IlluminatePerms.Runtime.Tests.Contract;

/// <summary>
/// What an operation row derives from its path and arguments, and the rows it refuses: the facts
/// the client generator, the mock and the checker read from the contract.
/// </summary>
public class OperationRowTests
{
    private static AeriesOperation Row(string method, string path, Grant? grant = null, string? schoolYearParameter = null)
        => new("test.row", method, path, grant, AeriesResponseKind.Array, "Test article", schoolYearParameter: schoolYearParameter);

    [Fact]
    public void Only_the_last_segment_may_be_optional()
    {
        var error = Assert.Throws<ArgumentException>(() => Row("GET", "schools/{SchoolCode?}/students"));

        Assert.Contains("Only the last segment may be optional: schools/{SchoolCode?}/students", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_school_year_parameter_must_be_in_the_path()
    {
        var error = Assert.Throws<ArgumentException>(() => Row("GET", "schools/{SchoolCode}/history", schoolYearParameter: "year"));

        Assert.Contains("schools/{SchoolCode}/history has no {year}.", error.Message, StringComparison.Ordinal);
        Assert.Equal("year", Row("GET", "history/{year}", schoolYearParameter: "year").SchoolYearParameter);
    }

    [Fact]
    public void The_optional_trailing_identifier_asks_for_all_records_unless_the_row_names_another()
    {
        var contacts = AeriesContract.Get("students.get_contacts");
        var extended = AeriesContract.Get("students.get_student_information_extended");
        var terms = AeriesContract.Get("schools.get_school_terms");

        Assert.Equal(("StudentID", "StudentID", AeriesResponseKind.Array), (contacts.OptionalParameter, contacts.AllRecordsParameter, contacts.ResponseKindForAll));
        Assert.Equal(((string?)null, "StudentID"), (extended.OptionalParameter, extended.AllRecordsParameter));
        Assert.Equal(((string?)null, (AeriesResponseKind?)null), (terms.AllRecordsParameter, terms.ResponseKindForAll));
    }

    [Fact]
    public void A_write_is_never_a_read_of_its_area_even_with_read_access_only()
    {
        var area = AreaCatalog.Get("Student Data");

        Assert.False(Row("POST", "schools/{SchoolCode}/x", new Grant(area, AeriesAccess.Read)).IsReadOf(area));
        Assert.True(Row("GET", "schools/{SchoolCode}/x", new Grant(area, AeriesAccess.Read)).IsReadOf(area));
    }

    [Fact]
    public void Every_operation_is_a_method_aeries_serves_on_a_path_of_named_segments()
    {
        string[] methods = ["GET", "POST", "PUT", "DELETE"];

        Assert.All(AeriesContract.All, operation =>
        {
            Assert.Contains(operation.Method, methods);
            var segments = operation.PathTemplate.Split('/');
            Assert.All(segments, segment => Assert.Matches(@"^([A-Za-z][A-Za-z0-9_]*|\{[A-Za-z][A-Za-z0-9]*\??\})$", segment));
        });
    }

    [Fact]
    public void Every_all_records_parameter_is_a_placeholder_of_its_path()
    {
        var withOne = AeriesContract.All.Where(o => o.AllRecordsParameter is not null).ToList();

        Assert.All(withOne, o => Assert.Contains(o.AllRecordsParameter!, o.Parameters));
        Assert.Contains(withOne, o => o.OptionalParameter is null);
    }

    [Fact]
    public void Every_operation_takes_the_database_year()
    {
        Assert.All(AeriesContract.All, operation => Assert.True(operation.TakesDatabaseYear, operation.Id));
    }

    [Fact]
    public void Expand_refuses_missing_values_and_leaves_out_an_optional_identifier_given_as_null()
    {
        var contacts = AeriesContract.Get("students.get_contacts");

        Assert.Equal("values", Assert.Throws<ArgumentNullException>(() => contacts.Expand(null!)).ParamName);
        Assert.Equal("schools/994/contacts", contacts.Expand(new Dictionary<string, string> { ["SchoolCode"] = "994", ["StudentID"] = null! }));
        var error = Assert.Throws<ArgumentException>(() => contacts.Expand(new Dictionary<string, string> { ["SchoolCode"] = null! }));
        Assert.Contains("{SchoolCode}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_client_methods_of_a_row_keep_their_parameters_and_body()
    {
        var onDate = Assert.Single(AeriesContract.Get("schools.get_bell_schedule_date_date").ClientMethods);
        var written = Assert.Single(AeriesContract.Get("staff.update_staff_certificated_assignment").ClientMethods);

        Assert.Equal(("GetBellScheduleOnDateAsync", ClientAnswer.List, "AeriesRecord"), (onDate.Name, onDate.Answer, onDate.RecordType));
        var date = Assert.Single(onDate.Parameters);
        Assert.Equal(("Date", "DateOnly", false, false), (date.Placeholder, date.Type, date.Required, date.Omitted));
        Assert.Equal(("StaffAssignmentInput", "assignment", "The new values."), (written.Body!.Type, written.Body.Name, written.Body.Doc));
        Assert.Contains(written.Parameters, parameter => parameter.Placeholder == "SequenceNumber" && parameter.Doc is { Length: > 0 });
    }
}
