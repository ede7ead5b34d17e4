using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using IlluminatePerms.MockAeries.Tests.Harness;
using Xunit;

namespace IlluminatePerms.MockAeries.Tests.Data;

/// <summary>
/// The records the mock computes from a student, a staff member or a gradebook agree with the records
/// they derive from: a written score's points, a gradebook's overall marks, credits, tests, programs,
/// contacts and job assignments.
/// </summary>
public sealed class DerivedRecordRuleTests : EverythingMockTest
{
    private const string Gradebook = "gradebooks/4366926";

    [Fact]
    public async Task A_written_score_reads_back_with_points_and_percent_from_the_number_correct()
    {
        var inserted = await Aeries.PostAsync($"{Gradebook}/Assignments", """{"Description":"Essay","DateAssigned":"2026-10-01","NumberCorrectPossible":20,"PointsPossible":50}""", "demo");
        var number = inserted.Json[0].GetProperty("AssignmentNumber").GetInt32();
        var scores = $"{Gradebook}/assignments/{number}/Scores";
        var roster = (await Aeries.GetAsync($"{Gradebook}/assignments/{number}/scores", "demo")).Json;
        var (scored, missing) = (roster[0].GetProperty("StudentID").GetInt32(), roster[1].GetProperty("StudentID").GetInt32());

        Assert.Equal(200, (await Aeries.PostAsync(scores, $$"""[{"StudentID": {{scored}}, "NumberCorrect": 7}, {"StudentID": {{missing}}, "IsMissing": true}]""", "demo")).Status);

        var seven = (await Aeries.GetAsync($"{Gradebook}/assignments/{number}/scores/{scored}", "demo")).Json;
        Assert.Equal(
            "correct 7 of 20, earned 17.5 of 50, 35 %, mark 17.5000, missing False",
            $"correct {seven.GetProperty("NumberCorrect")} of {seven.GetProperty("NumberCorrectPossible")}, earned {seven.GetProperty("PointsEarned")} of {seven.GetProperty("PointsPossible")}, " +
            $"{seven.GetProperty("PercentCorrect")} %, mark {seven.GetProperty("Mark")}, missing {seven.GetProperty("IsMissing")}");

        var none = (await Aeries.GetAsync($"{Gradebook}/assignments/{number}/scores/{missing}", "demo")).Json;
        Assert.Equal(
            "correct  earned  % , mark , missing True",
            $"correct {Shown(none, "NumberCorrect")} earned {Shown(none, "PointsEarned")} % {Shown(none, "PercentCorrect")}, mark {none.GetProperty("Mark")}, missing {none.GetProperty("IsMissing")}");

        // Written without a DateCompleted, a score takes the assignment's due date (the article's update section).
        var due = inserted.Json[0].GetProperty("DateDue").GetString();
        Assert.Equal((due, due), (seven.GetProperty("DateCompleted").GetString(), none.GetProperty("DateCompleted").GetString()));
    }

    [Fact]
    public async Task A_rubric_score_earns_its_number_correct_with_a_percent_of_0_as_the_articles_example()
    {
        var inserted = await Aeries.PostAsync($"{Gradebook}/Assignments", """{"Description":"Rubric","DateAssigned":"2026-10-01","RubricAssignment":true}""", "demo");
        var number = inserted.Json[0].GetProperty("AssignmentNumber").GetInt32();
        var student = (await Aeries.GetAsync($"{Gradebook}/assignments/{number}/scores", "demo")).Json[0].GetProperty("StudentID").GetInt32();

        Assert.Equal(200, (await Aeries.PostAsync($"{Gradebook}/assignments/{number}/Scores", $$"""[{"StudentID": {{student}}, "NumberCorrect": 4}]""", "demo")).Status);

        var score = (await Aeries.GetAsync($"{Gradebook}/assignments/{number}/scores/{student}", "demo")).Json;
        Assert.Equal(
            "correct 4 of 0, earned 4 of 0, 0 %, mark 4.0000",
            $"correct {score.GetProperty("NumberCorrect")} of {score.GetProperty("NumberCorrectPossible")}, earned {score.GetProperty("PointsEarned")} of {score.GetProperty("PointsPossible")}, " +
            $"{score.GetProperty("PercentCorrect")} %, mark {score.GetProperty("Mark")}");
    }

    [Fact]
    public async Task A_gradebook_students_overall_percent_and_mark_follow_the_graded_scores_and_the_final_mark_ranges()
    {
        var graded = (await Aeries.GetAsync($"{Gradebook}/assignments", "demo")).Json.EnumerateArray()
            .Where(a => a.GetProperty("GradingCompleted").GetBoolean()).Select(a => a.GetProperty("AssignmentNumber").GetInt32()).ToList();
        var ranges = (await Aeries.GetAsync($"{Gradebook}/FinalMarks", "demo")).Json.EnumerateArray().ToList();
        var earned = new Dictionary<int, decimal>();
        var possible = new Dictionary<int, decimal>();
        foreach (var assignment in graded)
        {
            foreach (var score in (await Aeries.GetAsync($"{Gradebook}/assignments/{assignment}/scores", "demo")).Json.EnumerateArray())
            {
                var id = score.GetProperty("StudentID").GetInt32();
                earned[id] = earned.GetValueOrDefault(id) + (score.GetProperty("PointsEarned").ValueKind == JsonValueKind.Number ? score.GetProperty("PointsEarned").GetDecimal() : 0m);
                possible[id] = possible.GetValueOrDefault(id) + score.GetProperty("PointsPossible").GetDecimal();
            }
        }

        var students = (await Aeries.GetAsync($"{Gradebook}/F/students", "demo")).Json.EnumerateArray().ToList();

        Assert.NotEmpty(graded);
        Assert.Equal(possible.Count, students.Count);
        Assert.All(students, s =>
        {
            var percent = Math.Round(100m * earned[s.GetProperty("StudentID").GetInt32()] / possible[s.GetProperty("StudentID").GetInt32()], 4);
            Assert.Equal(percent, s.GetProperty("CurrentPercentage").GetDecimal());
            Assert.Equal(ranges.First(r => percent >= r.GetProperty("LowValue").GetDecimal()).GetProperty("Mark").GetString(), s.GetProperty("CurrentMark").GetString());
        });
        Assert.True(students.Select(s => s.GetProperty("CurrentMark").GetString()).Distinct().Count() >= 3, "the roster's marks should spread over several ranges");
    }

    [Fact]
    public async Task Before_any_assignment_is_graded_a_gradebook_student_has_no_percent_and_no_mark()
    {
        foreach (var assignment in (await Aeries.GetAsync($"{Gradebook}/assignments", "demo")).Json.EnumerateArray().Where(a => a.GetProperty("GradingCompleted").GetBoolean()))
        {
            var number = assignment.GetProperty("AssignmentNumber").GetInt32();
            Assert.Equal(200, (await Aeries.PutAsync($"{Gradebook}/assignments/{number}", """{"GradingCompleted":false}""", "demo")).Status);
        }

        var students = (await Aeries.GetAsync($"{Gradebook}/F/students", "demo")).Json.EnumerateArray().ToList();

        Assert.NotEmpty(students);
        Assert.All(students, s => Assert.Equal("0 ''", $"{s.GetProperty("CurrentPercentage")} '{s.GetProperty("CurrentMark").GetString()}'"));
    }

    [Fact]
    public async Task Credits_follow_marks_and_each_grade_is_held_to_its_own_requirement()
    {
        var transcripts = (await Aeries.GetAsync("schools/994/Transcript", "demo")).Json.EnumerateArray().SelectMany(t => t.GetProperty("CourseGrades").EnumerateArray()).ToList();
        Assert.Contains(transcripts, c => c.GetProperty("Mark").GetString() == "F");
        Assert.All(transcripts, c => Assert.Equal(
            c.GetProperty("Mark").GetString() == "F" ? 0m : c.GetProperty("CreditAttempted").GetDecimal(),
            c.GetProperty("CreditCompleted").GetDecimal()));

        var requirements = (await Aeries.GetAsync("schools/994/GraduationRequirements", "demo")).Json[0].GetProperty("SubjectAreas").EnumerateArray()
            .ToDictionary(a => a.GetProperty("SubjectAreaCode").GetString()!);
        var grades = await GradesAsync();
        var statuses = (await Aeries.GetAsync("schools/994/GraduationStatusSummary", "demo")).Json.EnumerateArray().ToList();
        Assert.Equal(new[] { 9, 10, 11, 12 }, statuses.Select(s => grades[s.GetProperty("StudentID").GetInt32()]).Distinct().Order());
        Assert.All(statuses, status => Assert.All(status.GetProperty("SubjectAreas").EnumerateArray(), area => Assert.Equal(
            requirements[area.GetProperty("SubjectAreaCode").GetString()!].GetProperty($"RequiredCreditFor{grades[status.GetProperty("StudentID").GetInt32()]}thGraders").GetDecimal(),
            area.GetProperty("CreditsRequired").GetDecimal())));
    }

    [Fact]
    public async Task Only_eleventh_and_twelfth_graders_have_an_ACT_whose_overall_score_sums_its_subtests()
    {
        var grades = await GradesAsync();
        var records = (await Aeries.GetAsync("schools/994/CollegeTestScores", "demo")).Json.EnumerateArray().ToList();

        Assert.Equal(grades.Count, records.Count);
        Assert.All(records, r =>
        {
            var tests = r.GetProperty("TestScores").EnumerateArray().ToList();
            Assert.Equal(grades[r.GetProperty("StudentID").GetInt32()] >= 11 ? 1 : 0, tests.Count);
            Assert.All(tests, t => Assert.Equal(
                t.GetProperty("SubTests").EnumerateArray().Sum(s => s.GetProperty("Score").GetDecimal()),
                t.GetProperty("OverallScore").GetDecimal()));
        });
    }

    [Theory]
    [InlineData(9, "2026-2027", "2029-2030")]
    [InlineData(10, "2025-2026", "2028-2029")]
    [InlineData(12, "2023-2024", "2026-2027")]
    public async Task A_students_extended_record_gives_the_year_it_entered_ninth_grade_and_its_cohort(int grade, string ninth, string cohort)
    {
        var student = (await Aeries.GetAsync("schools/994/students", "demo")).Json.EnumerateArray().First(s => s.GetProperty("Grade").GetInt32() == grade);

        var extended = (await Aeries.GetAsync($"schools/994/students/{student.GetProperty("StudentID")}/extended", "demo")).Json;
        var record = extended.ValueKind == JsonValueKind.Array ? extended[0] : extended;

        Assert.Equal($"{ninth} {cohort}", $"{record.GetProperty("InitialNinthGradeEntryYear").GetString()} {record.GetProperty("GraduationCohort").GetString()}");
    }

    [Fact]
    public async Task Programs_carry_the_district_codes_and_special_education_its_disability()
    {
        var programs = (await Aeries.GetAsync("schools/994/students/0/programs", "demo")).Json.EnumerateArray().ToList();
        var known = new Dictionary<string, string>
        {
            ["127"] = "Gifted and Talented Education (GATE)",
            ["144"] = "Special Education",
            ["144x"] = "Evaluating for Special Education Services",
            ["181"] = "NSLP Free Meal Program",
            ["182"] = "NSLP Reduced-Price Meal Program",
            ["101"] = "504 Accommodation Plan",
            ["190"] = "Foster Program",
            ["191"] = "Homeless Program",
        };

        Assert.Equal(known.Keys.Order(), programs.Select(p => p.GetProperty("ProgramCode").GetString()!).Distinct().Order());
        Assert.All(programs, p =>
        {
            Assert.Equal(known[p.GetProperty("ProgramCode").GetString()!], p.GetProperty("ProgramDescription").GetString());
            Assert.Equal(
                p.GetProperty("ProgramCode").GetString() == "144" ? "DisabilityCode=240, DisabilityCodeDescription=Speech or Language Impairment (SLI)" : string.Empty,
                string.Join(", ", p.GetProperty("ExtendedProperties").EnumerateArray().Select(x => $"{x.GetProperty("Name").GetString()}={x.GetProperty("Value").GetString()}")));
        });
    }

    [Fact]
    public async Task A_students_first_contact_is_the_primary_mother_and_a_second_the_father()
    {
        var contacts = (await Aeries.GetAsync("schools/994/contacts", "demo")).Json.EnumerateArray().ToList();

        string Roles(JsonElement c) => string.Join(" ", new[] { "RelationshipToStudentCode", "LivesWithStudentIndicator", "EducationalRightsHolder", "EnrolledTheStudentIndicator", "PrimaryContact" }
            .Select(field => $"{field}={c.GetProperty(field).GetString()}"));
        Assert.Contains(contacts, c => c.GetProperty("SequenceNumber").GetInt32() == 2);
        Assert.All(contacts, c => Assert.Equal(
            c.GetProperty("SequenceNumber").GetInt32() == 1
                ? "RelationshipToStudentCode=10 LivesWithStudentIndicator=Y EducationalRightsHolder=Y EnrolledTheStudentIndicator=Y PrimaryContact=Y"
                : "RelationshipToStudentCode=11 LivesWithStudentIndicator=Y EducationalRightsHolder=N EnrolledTheStudentIndicator= PrimaryContact=N",
            Roles(c)));
    }

    [Fact]
    public async Task Teachers_hold_a_certificated_job_and_office_staff_a_classified_one()
    {
        var staff = (await Aeries.GetAsync("staff", "demo")).Json.EnumerateArray().ToList();
        var jobs = new List<string>();
        foreach (var member in staff)
        {
            var id = member.GetProperty("ID").GetInt32();
            var assignments = (await Aeries.GetAsync($"staff/{id}/assignments", "demo")).Json.EnumerateArray()
                .Select(a => $"{a.GetProperty("AssignmentType").GetString()} {a.GetProperty("JobClassificationCode").GetString()} {a.GetProperty("FullTimePercentage")}");
            var expected = member.GetProperty("Title").GetString() == "Teacher"
                ? id % 3 == 0 ? "certificated 12 100, classified 44 10" : "certificated 12 100"
                : "classified 31 100";
            Assert.Equal(expected, string.Join(", ", assignments));
            jobs.Add(expected);
        }

        Assert.Equal(3, jobs.Distinct().Count());
    }

    /// <summary>Each student of school 994 by StudentID, with its grade level.</summary>
    private async Task<Dictionary<int, int>> GradesAsync()
        => (await Aeries.GetAsync("schools/994/students", "demo")).Json.EnumerateArray()
            .ToDictionary(s => s.GetProperty("StudentID").GetInt32(), s => s.GetProperty("Grade").GetInt32());

    private static string Shown(JsonElement record, string field)
        => record.GetProperty(field).ValueKind == JsonValueKind.Null ? string.Empty : record.GetProperty(field).GetRawText();
}
