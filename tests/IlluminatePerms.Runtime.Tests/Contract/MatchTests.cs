using System.Collections.Generic;
using System.Linq;
using IlluminatePerms.Contract;
using Xunit;

namespace IlluminatePerms.Runtime.Tests.Contract;

/// <summary>
/// <see cref="AeriesContract.Match"/>: which operation a request is, as the mock and the proxy route it
/// (what <c>spec infer</c> turns traffic into grants with).
/// </summary>
public class MatchTests
{
    public static TheoryData<string> OperationIds => new(AeriesContract.All.Select(o => o.Id));

    [Theory]
    [MemberData(nameof(OperationIds))]
    public void Each_operations_own_path_is_that_operation(string id)
    {
        var operation = AeriesContract.Get(id);
        var path = operation.Expand(operation.Parameters.ToDictionary(p => p, p => "1"));

        Assert.Same(operation, AeriesContract.Match(operation.Method, "/api/v5/" + path)?.Operation);
        Assert.Same(operation, AeriesContract.Match(operation.Method, "api/v5/" + path + "?DatabaseYear=2025&StartingRecord=1")?.Operation);
        Assert.Same(operation, AeriesContract.Match(operation.Method.ToLowerInvariant(), path)?.Operation);
        Assert.Same(operation, AeriesContract.Match(operation.Method, "/API/V5/" + path.ToUpperInvariant())?.Operation);

        // The template as written: each placeholder's own text stands for a value.
        Assert.Same(operation, AeriesContract.Match(operation.Method, "/api/v5/" + operation.PathTemplate)?.Operation);
    }

    [Theory]
    [MemberData(nameof(OperationIds))]
    public void Another_method_on_an_operations_path_is_not_that_operation(string id)
    {
        var operation = AeriesContract.Get(id);
        var path = "/api/v5/" + operation.Expand(operation.Parameters.ToDictionary(p => p, p => "1"));
        foreach (var method in new[] { "GET", "POST", "PUT", "DELETE", "PATCH" }.Where(m => m != operation.Method))
        {
            var other = AeriesContract.Match(method, path)?.Operation;
            Assert.True(other is null || other.Method == method, $"{method} {path} matched {other}");
            Assert.NotSame(operation, other);
        }
    }

    [Fact]
    public void A_left_out_optional_trailing_placeholder_still_matches()
    {
        Assert.Equal("students.get_student_information", AeriesContract.Match("GET", "/api/v5/schools/994/students")?.Operation.Id);
        Assert.Equal("students.get_student_information", AeriesContract.Match("GET", "/api/v5/schools/994/students/99400001")?.Operation.Id);
        Assert.Equal("schools.get_school_information", AeriesContract.Match("GET", "/api/v5/schools")?.Operation.Id);
    }

    [Theory]

    // An assignment numbered "students" reads as a gradebook term too; a student number "courserequests" as a sequence number.
    [InlineData("/api/v5/gradebooks/1/assignments/students/scores", "gradebook.get_assignment_scores")]
    [InlineData("/api/v5/schools/994/students/sn/courserequests/courserequests", "scheduling.get_student_course_requests_sn")]
    public void Where_two_templates_fit_the_one_with_more_literal_segments_wins_over_contract_order(string path, string id)
        => Assert.Equal(id, AeriesContract.Match("GET", path)?.Operation.Id);

    [Fact]
    public void The_most_literal_template_wins_over_a_placeholder()
    {
        Assert.Equal("students.get_student_information_grade_grade_level", AeriesContract.Match("GET", "/api/v5/schools/994/students/grade/9")?.Operation.Id);
        Assert.Equal("students.get_student_information_extended_grade_grade_level_extended", AeriesContract.Match("GET", "/api/v5/schools/994/students/grade/9/extended")?.Operation.Id);
    }

    [Theory]
    [InlineData("DELETE", "/api/v5/schools/994")]
    [InlineData("GET", "/api/v5/nothing/here")]
    [InlineData("GET", "/api/v4/schools/994/students")]
    [InlineData("GET", "/api/v5/schools/994/students/1/2/3/4")]
    [InlineData("GET", "/aeries/api/v5/schools/994/students")]
    [InlineData("GET", "")]
    [InlineData("GET", "/?StartingRecord=1")]
    public void Unknown_paths_and_wrong_methods_are_no_operation(string method, string path)
        => Assert.Null(AeriesContract.Match(method, path));

    [Fact]
    public void A_query_string_or_fragment_never_takes_part_in_matching()
    {
        Assert.Equal("students.get_student_information", AeriesContract.Match("GET", "/api/v5/schools/994/students?x=/grade/9")?.Operation.Id);
        Assert.Equal("students.get_student_information", AeriesContract.Match("GET", "/api/v5/schools/994/students#grade/9")?.Operation.Id);
    }

    [Fact]
    public void A_match_gives_each_placeholders_value_decoded_and_by_name_in_any_case()
    {
        var match = AeriesContract.Match("GET", "/api/v5/schools/994/students/grade/9%2B")!;

        Assert.Equal("994", match.Values["SchoolCode"]);
        Assert.Equal("9+", match.Values["gradelevel"]);
        Assert.Equal(2, match.Values.Count);
    }

    [Fact]
    public void Leaving_out_the_all_records_placeholder_expects_an_array_and_giving_it_expects_the_operations_kind()
    {
        var all = AeriesContract.Match("GET", "/api/v5/schools/994/students")!;
        var one = AeriesContract.Match("GET", "/api/v5/schools/994/students/99400001")!;

        Assert.Same(all.Operation, one.Operation);
        Assert.Equal(AeriesResponseKind.Array, all.ExpectedKind);
        Assert.Equal(one.Operation.ResponseKind, one.ExpectedKind);
        Assert.False(all.Values.ContainsKey("StudentID"));
    }

    [Fact]
    public void Zero_is_a_record_number_where_the_operation_does_not_say_zero_means_all()
    {
        // Every operation whose 0 means all answers an array anyway, so only this side shows.
        var zeroIsARecord = AeriesContract.All.First(o => o.AllRecordsParameter is not null && !o.ZeroMeansAll && o.ResponseKind != AeriesResponseKind.Array);

        Assert.Equal(zeroIsARecord.ResponseKind, MatchWithZero(zeroIsARecord).ExpectedKind);
    }

    private static ContractMatch MatchWithZero(AeriesOperation operation)
    {
        var path = operation.Expand(operation.Parameters.ToDictionary(p => p, p => p == operation.AllRecordsParameter ? "0" : "1"));
        var match = AeriesContract.Match(operation.Method, path)!;
        Assert.Same(operation, match.Operation);
        return match;
    }

    [Fact]
    public void Null_arguments_are_refused()
    {
        Assert.Throws<System.ArgumentNullException>(() => AeriesContract.Match(null!, "/api/v5/schools"));
        Assert.Throws<System.ArgumentNullException>(() => AeriesContract.Match("GET", null!));
    }

    [Fact]
    public void No_two_operations_of_a_method_share_a_template_shape()
    {
        // Two operations whose templates differ only in placeholder names could never both be matched.
        var shapes = new Dictionary<string, string>();
        foreach (var operation in AeriesContract.All)
        {
            var shape = operation.Method + " " + string.Join("/", operation.PathTemplate.Split('/').Select(s => s.StartsWith('{') ? "{}" : s.ToLowerInvariant()));
            Assert.True(shapes.TryAdd(shape, operation.Id), $"{operation.Id} and {shapes.GetValueOrDefault(shape)} share {shape}");
        }
    }
}
