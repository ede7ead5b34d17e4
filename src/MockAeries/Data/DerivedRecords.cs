using System;
using System.Collections.Generic;
using System.Linq;

namespace IlluminatePerms.MockAeries.Data;

/// <summary>
/// The records that hang off students, sections and gradebooks, computed from the seed and the
/// keys on each request instead of being stored: at 100,000 students there would be millions of
/// scores and attendance days. The same request always gives the same records.
/// </summary>
public static class DerivedRecords
{
    private const int AssignmentsPerGradebook = 6;

    private static readonly string[] CategoryCodes = { "HW", "QZ", "TS" };

    private static readonly (string Code, string Description, string Area)[] Programs =
    {
        ("144", "English Learner Services", "Special Programs"),
        ("190", "Foster Youth", "Special Programs"),
        ("SPED", "Special Education", "Special Education"),
        ("181", "Free Meals", "Free and Reduced"),
        ("182", "Reduced-Price Meals", "Free and Reduced"),
        ("127", "Gifted and Talented Education", "GATE"),
    };

    /// <summary>The programs a student takes part in, each with the Aeries area that governs it.</summary>
    public static IEnumerable<(StudentProgram Program, string Area)> ProgramsOf(AeriesDataSet data, Student student)
    {
        for (var i = 0; i < Programs.Length; i++)
        {
            if (DeterministicHash.Below(4, data.Seed, student.StudentID, 20, i) == 0)
            {
                var (code, description, area) = Programs[i];
                yield return (new StudentProgram(student.StudentID, code, description, student.SchoolEnterDate, null), area);
            }
        }
    }

    /// <summary>One or two contacts per student.</summary>
    public static IEnumerable<Contact> ContactsOf(AeriesDataSet data, Student student)
    {
        var count = 1 + DeterministicHash.Below(2, data.Seed, student.StudentID, 21);
        for (var sequence = 1; sequence <= count; sequence++)
        {
            var first = DataSetBuilder.Person(data.Seed, student.StudentID, 30 + sequence).First;
            yield return new Contact(
                student.StudentID, student.SchoolCode, sequence, sequence, first, student.LastName, sequence == 1 ? "10" : "11",
                student.HomePhone, $"(555) 3{sequence}0-{student.StudentNumber % 10000:0000}",
                $"{first.ToLowerInvariant()}.{student.LastName.ToLowerInvariant()}{student.StudentNumber}@family.example.org",
                true, sequence == 1, true, student.HomeLanguageCode);
        }
    }

    /// <summary>The student's six classes.</summary>
    public static IEnumerable<ClassScheduleEntry> ClassesOf(AeriesDataSet data, Student student)
    {
        foreach (var key in data.ClassesByStudent[student.StudentID])
        {
            var section = data.SectionsByKey[key];
            var course = data.CoursesById[section.CourseID];
            yield return new ClassScheduleEntry(
                student.StudentID, section.SchoolCode, section.SectionNumber, section.Period, course.ID, course.Title,
                section.SectionStaffMembers[0].TeacherNumber, student.SchoolEnterDate, null);
        }
    }

    /// <summary>Supplemental fields: school ones or district ones.</summary>
    public static IEnumerable<SupplementalField> SupplementalOf(AeriesDataSet data, Student student, bool district)
    {
        var prefix = district ? "DST" : "SCH";
        for (var i = 1; i <= 3; i++)
        {
            yield return new SupplementalField(student.StudentID, $"{prefix}{i}", $"{(char)('A' + DeterministicHash.Below(26, data.Seed, student.StudentID, district ? 40 : 41, i))}");
        }
    }

    /// <summary>The student's enrollment in this database year.</summary>
    public static EnrollmentRecord EnrollmentOf(AeriesDataSet data, Student student)
        => new(student.StudentID, student.SchoolCode, data.DatabaseYear, student.SchoolEnterDate, null, "E1", string.Empty, student.Grade);

    /// <summary>School days between two dates with the student's attendance code ("" present, "A" absent, "T" tardy).</summary>
    public static AttendanceRecord AttendanceOf(AeriesDataSet data, Student student, DateTime from, DateTime to)
    {
        var days = new List<AttendanceDay>();
        for (var day = from.Date; day <= to.Date && days.Count < 400; day = day.AddDays(1))
        {
            if (IsSchoolDay(data, day))
            {
                var roll = DeterministicHash.Below(100, data.Seed, student.StudentID, 50, day.DayNumber());
                days.Add(new AttendanceDay(day, roll < 5 ? "A" : roll < 8 ? "T" : string.Empty));
            }
        }

        return new AttendanceRecord(student.StudentID, student.SchoolCode, days);
    }

    /// <summary>Year-to-date totals.</summary>
    public static AttendanceSummary AttendanceSummaryOf(AeriesDataSet data, Student student)
    {
        var school = data.SchoolsByCode[student.SchoolCode];
        var record = AttendanceOf(data, student, school.Terms[0].StartDate, school.Terms[0].EndDate);
        var absent = record.AttendanceDays.Count(d => d.AllDayAttendanceCode == "A");
        var tardy = record.AttendanceDays.Count(d => d.AllDayAttendanceCode == "T");
        return new AttendanceSummary(student.StudentID, student.SchoolCode, data.DatabaseYear, record.AttendanceDays.Count, record.AttendanceDays.Count - absent, absent, tardy);
    }

    /// <summary>Zero to two discipline incidents.</summary>
    public static IEnumerable<DisciplineIncident> DisciplineOf(AeriesDataSet data, Student student)
    {
        var count = DeterministicHash.Below(10, data.Seed, student.StudentID, 60) switch { 0 => 2, 1 or 2 => 1, _ => 0 };
        for (var i = 1; i <= count; i++)
        {
            yield return new DisciplineIncident(student.StudentID, student.SchoolCode, i, new DateTime(data.DatabaseYear, 10, 1).AddDays(i * 17), "48900(k)", "Conference");
        }
    }

    /// <summary>State test results, two parts.</summary>
    public static IEnumerable<TestScore> TestsOf(AeriesDataSet data, Student student)
    {
        foreach (var (part, salt) in new[] { ("ELA", 70), ("Math", 71) })
        {
            var scale = 2300 + DeterministicHash.Below(500, data.Seed, student.StudentID, salt);
            yield return new TestScore(student.StudentID, "CAASPP", "Smarter Balanced Summative", part, new DateTime(data.DatabaseYear, 4, 20), student.Grade - 1, scale, scale > 2600 ? "Met" : "Nearly Met");
        }
    }

    /// <summary>SAT results for students in grade 11 and up.</summary>
    public static IEnumerable<CollegeTestScore> CollegeTestsOf(AeriesDataSet data, Student student)
    {
        if (student.Grade < 11)
        {
            yield break;
        }

        yield return new CollegeTestScore(student.StudentID, "SAT", new DateTime(data.DatabaseYear, 10, 5), "Math", 400 + 10 * DeterministicHash.Below(41, data.Seed, student.StudentID, 80));
        yield return new CollegeTestScore(student.StudentID, "SAT", new DateTime(data.DatabaseYear, 10, 5), "Reading and Writing", 400 + 10 * DeterministicHash.Below(41, data.Seed, student.StudentID, 81));
    }

    /// <summary>A deterministic stand-in JPEG of about 6 KB, base64-encoded as Aeries sends it.</summary>
    public static StudentPicture PictureOf(AeriesDataSet data, Student student)
    {
        var bytes = new byte[6 * 1024];
        bytes[0] = 0xFF;
        bytes[1] = 0xD8;
        for (var i = 2; i < bytes.Length - 2; i += 8)
        {
            BitConverter.TryWriteBytes(bytes.AsSpan(i, Math.Min(8, bytes.Length - 2 - i)), DeterministicHash.Of(data.Seed, student.StudentID, 90, i));
        }

        bytes[^2] = 0xFF;
        bytes[^1] = 0xD9;
        return new StudentPicture(student.StudentID, Convert.ToBase64String(bytes));
    }

    /// <summary>Fall marks of the student's classes.</summary>
    public static IEnumerable<ReportCardMark> ReportCardOf(AeriesDataSet data, Student student)
        => ClassesOf(data, student).Select(c => new ReportCardMark(student.StudentID, c.SchoolCode, c.SectionNumber, c.CourseID, "F", Mark(DeterministicHash.Below(100, data.Seed, student.StudentID, 100, c.SectionNumber))));

    /// <summary>Courses completed in earlier years.</summary>
    public static IEnumerable<TranscriptRecord> TranscriptOf(AeriesDataSet data, Student student)
    {
        for (var year = 1; year <= student.Grade - 9; year++)
        {
            for (var i = 0; i < 3; i++)
            {
                var course = data.Courses[DeterministicHash.Below(data.Courses.Count, data.Seed, student.StudentID, 110 + year, i)];
                yield return new TranscriptRecord(student.StudentID, course.ID, course.Title, data.DatabaseYear - year, "Y", Mark(DeterministicHash.Below(100, data.Seed, student.StudentID, 120 + year, i)), 10m, 10m);
            }
        }
    }

    /// <summary>Credits against the 220 a diploma needs.</summary>
    public static GraduationStatus GraduationStatusOf(AeriesDataSet data, Student student)
    {
        var credits = 60m * (student.Grade - 9);
        return new GraduationStatus(student.StudentID, student.SchoolCode, credits, 220m, credits >= 55m * (student.Grade - 9));
    }

    /// <summary>The generated assignments of a gradebook (before any write).</summary>
    internal static IReadOnlyList<Assignment> GeneratedAssignments(AeriesDataSet data, int gradebook)
    {
        var book = data.GradebooksByNumber[gradebook];
        var assignments = new Assignment[AssignmentsPerGradebook];
        for (var n = 1; n <= AssignmentsPerGradebook; n++)
        {
            var assigned = book.StartDate.AddDays(7 * n);
            var points = 10m * (1 + DeterministicHash.Below(5, data.Seed, gradebook, 130, n));
            assignments[n - 1] = new Assignment(
                StableGuid(data.Seed, gradebook, n), gradebook, n, $"Assignment {n}", CategoryCodes[(n - 1) % CategoryCodes.Length],
                assigned, assigned.AddDays(7), points, points, n <= 3);
        }

        return assignments;
    }

    /// <summary>The scores of an assignment, one per student of the gradebook's roster.</summary>
    public static IEnumerable<Score> ScoresOf(AeriesDataSet data, int gradebook, Assignment assignment)
    {
        foreach (var studentId in RosterOf(data, gradebook))
        {
            yield return data.GradebookState.WrittenScore(gradebook, assignment.AssignmentNumber, studentId)
                ?? GeneratedScore(data, gradebook, assignment, studentId);
        }
    }

    /// <summary>The StudentIDs of a gradebook's sections.</summary>
    public static IEnumerable<int> RosterOf(AeriesDataSet data, int gradebook)
        => data.GradebooksByNumber[gradebook].Sections.SelectMany(s => data.Rosters[(s.SchoolCode, s.SectionNumber)]);

    /// <summary>A score as a write-back sets it.</summary>
    public static Score ScoreFromUpdate(Assignment assignment, ScoreUpdate update)
    {
        var correct = update.NumberCorrect;
        var percent = correct is null || assignment.NumberCorrectPossible == 0 ? (decimal?)null : Math.Round(100m * correct.Value / assignment.NumberCorrectPossible, 1);
        return new Score(
            update.StudentID, assignment.GradebookNumber, assignment.AssignmentNumber, update.DateCompleted, update.IsMissing ?? false,
            assignment.PointsPossible, correct is null ? null : correct * assignment.PointsPossible / Math.Max(1m, assignment.NumberCorrectPossible),
            assignment.NumberCorrectPossible, correct, update.Mark ?? string.Empty, percent);
    }

    /// <summary>A GUID that depends only on its keys.</summary>
    public static Guid StableGuid(int seed, int gradebook, int assignment)
    {
        var bytes = new byte[16];
        BitConverter.TryWriteBytes(bytes.AsSpan(0, 8), DeterministicHash.Of(seed, gradebook, assignment, 1));
        BitConverter.TryWriteBytes(bytes.AsSpan(8, 8), DeterministicHash.Of(seed, gradebook, assignment, 2));
        return new Guid(bytes);
    }

    private static Score GeneratedScore(AeriesDataSet data, int gradebook, Assignment assignment, int studentId)
    {
        if (!assignment.GradingCompleted)
        {
            return new Score(studentId, gradebook, assignment.AssignmentNumber, null, false, assignment.PointsPossible, null, assignment.NumberCorrectPossible, null, string.Empty, null);
        }

        var roll = DeterministicHash.Below(100, data.Seed, gradebook * 100L + assignment.AssignmentNumber, studentId, 140);
        var earned = Math.Round(assignment.PointsPossible * (40 + roll * 0.6m) / 100m, 1);
        return new Score(
            studentId, gradebook, assignment.AssignmentNumber, assignment.DateDue, roll < 3, assignment.PointsPossible, earned,
            assignment.NumberCorrectPossible, earned, string.Empty, Math.Round(100m * earned / assignment.PointsPossible, 1));
    }

    private static bool IsSchoolDay(AeriesDataSet data, DateTime day)
        => day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)
           && day >= new DateTime(data.DatabaseYear, 8, 15) && day <= new DateTime(data.DatabaseYear + 1, 6, 11);

    private static string Mark(int roll) => roll switch { < 20 => "A", < 50 => "B", < 80 => "C", < 93 => "D", _ => "F" };

    private static int DayNumber(this DateTime day) => (int)(day.Ticks / TimeSpan.TicksPerDay);
}
