using System;
using System.Collections.Generic;
using IlluminatePerms.Contract;
using Xunit;

namespace IlluminatePerms.Runtime.Tests.Contract;

public class ExpandTests
{
    private static readonly AeriesOperation Students = AeriesContract.Get("students.get_student_information");

    [Fact]
    public void Placeholders_are_filled_in_order()
    {
        Assert.Equal(new[] { "SchoolCode", "StudentID" }, Students.Parameters);
        Assert.Equal("StudentID", Students.OptionalParameter);
        Assert.Equal("schools/994/students/99400001", Students.Expand(new Dictionary<string, string> { ["SchoolCode"] = "994", ["StudentID"] = "99400001" }));
    }

    [Fact]
    public void The_optional_trailing_placeholder_is_left_out_when_it_has_no_value()
    {
        Assert.Equal("schools/994/students", Students.Expand(new Dictionary<string, string> { ["SchoolCode"] = "994" }));
    }

    [Fact]
    public void A_missing_required_value_names_the_placeholder()
    {
        var error = Assert.Throws<ArgumentException>(() => Students.Expand(new Dictionary<string, string> { ["StudentID"] = "1" }));
        Assert.Contains("{SchoolCode}", error.Message);
    }

    [Fact]
    public void Values_are_escaped_so_they_stay_one_segment()
    {
        var codes = AeriesContract.Get("schools.get_code_sets");
        Assert.Equal("codes/STU/a%2Fb%20c", codes.Expand(new Dictionary<string, string> { ["Table"] = "STU", ["Field"] = "a/b c" }));
    }

    [Fact]
    public void An_unknown_id_is_named()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => AeriesContract.Get("students.nope"));
        Assert.Contains("students.nope", error.Message);
    }
}
