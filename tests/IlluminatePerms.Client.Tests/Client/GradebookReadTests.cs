using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using IlluminatePerms.Client.Models;
using IlluminatePerms.Client.Tests.Harness;
using IlluminatePerms.Contract;
using IlluminatePerms.MockAeries;
using Xunit;

namespace IlluminatePerms.Client.Tests.Client;

/// <summary>
/// The typed reads of the Gradebook-related and Student Grades-related articles: a method that names
/// the optional identifier returns what Aeries answers then (one object where the article says so),
/// one that leaves it out a list; the records carry the articles' fields.
/// </summary>
public sealed class GradebookReadTests : IAsyncLifetime
{
    private static readonly string[] Articles = { "Gradebook-related end points", "Student Grades-related end points" };

    private MockSession mock = null!;

    public static TheoryData<string> Reads()
    {
        var data = new TheoryData<string>();
        foreach (var method in typeof(IAeriesClient).GetMethods())
        {
            var operations = method.GetCustomAttributes<AeriesOperationAttribute>().ToList();
            if (operations.Count == 1 && AeriesContract.Get(operations[0].Id) is { Method: "GET" } read && Articles.Contains(read.Article))
            {
                data.Add(method.Name);
            }
        }

        return data;
    }

    public async Task InitializeAsync() => mock = await MockSession.StartAsync(new MockAeriesOptions { Scale = 150 });

    public async Task DisposeAsync() => await mock.DisposeAsync();

    [Theory]
    [MemberData(nameof(Reads))]
    public void A_read_returns_one_record_exactly_when_the_contract_answers_one_object(string name)
    {
        var method = typeof(IAeriesClient).GetMethod(name)!;
        var operation = AeriesContract.Get(method.GetCustomAttribute<AeriesOperationAttribute>()!.Id);
        var names = method.GetParameters().Select(p => p.Name!).ToList();
        var addressed = operation.Parameters.Where(p => p != "SchoolCode" || names.Contains("schoolCode"))
            .All(p => names.Contains(p, StringComparer.OrdinalIgnoreCase) || (p == "GradebookTerm" && names.Contains("gradebookTerm")));
        var expected = addressed ? operation.ResponseKind : operation.ResponseKindForAll ?? operation.ResponseKind;

        var returned = method.ReturnType;
        var many = returned.IsGenericType && (returned.GetGenericTypeDefinition() == typeof(IAsyncEnumerable<>)
            || (returned.GetGenericArguments()[0] is { IsGenericType: true } inner && inner.GetGenericTypeDefinition() == typeof(IReadOnlyList<>)));
        Assert.True(many == (expected == AeriesResponseKind.Array), $"{name} returns {returned.Name}; {operation} answers {expected} in that form.");
    }

    [Fact]
    public async Task Gradebook_reads_carry_the_articles_fields()
    {
        var client = mock.Client("full");
        var school = (await client.GetSchoolsAsync()).First().SchoolCode;
        var staff = (await client.GetTeachersAsync(school)).First(t => t.StaffID1 > 0).StaffID1;
        var gradebook = (await client.GetStaffGradebooksAsync(staff)).First();
        var term = gradebook.Terms[0].Code!;

        var students = await client.GetGradebookStudentsAsync(gradebook.GradebookNumber, term);
        var one = await client.GetGradebookStudentAsync(gradebook.GradebookNumber, term, students[0].StudentID);
        var marks = await client.GetFinalMarkRangesAsync(gradebook.GradebookNumber);
        var assignment = await client.GetAssignmentAsync(gradebook.GradebookNumber, 1);
        var score = await client.GetAssignmentScoreAsync(gradebook.GradebookNumber, 1, students[0].StudentID);

        Assert.Equal(gradebook.GradebookNumber, gradebook.Settings?.GradebookNumber);
        Assert.NotEmpty(gradebook.AssignmentCategories);
        Assert.Equal(gradebook.GradebookNumber, Assert.Single(gradebook.Sections).GradebookNumber);
        Assert.Equal((students[0].StudentID, term), (one.StudentID, one.CurrentTerm));
        Assert.False(string.IsNullOrEmpty(one.StudentLastName));
        Assert.True(one.StudentGradeLevel > 0);
        Assert.Equal(1, one.CustomSortOrder);
        Assert.All(marks, m => Assert.True(m.HighValue > m.LowValue, $"{m.Mark}: {m.LowValue}-{m.HighValue}"));
        Assert.Equal(1, assignment.AssignmentNumber);
        Assert.Equal(DateTime.MinValue, assignment.DueTime);
        Assert.Equal(students[0].StudentID, score.StudentID);
    }
}
