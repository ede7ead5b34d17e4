using System;
using System.Collections.Generic;
using System.Linq;
using IlluminatePerms.MockAeries.Data;
using IlluminatePerms.MockAeries.Http;

namespace IlluminatePerms.MockAeries.Endpoints;

/// <summary>System information, schools, terms, calendars, bell schedules, absence codes, code sets, groups and graduation requirements.</summary>
internal static class SchoolEndpoints
{
    private static readonly string[] BellTimes = { "08:00", "08:55", "09:50", "10:55", "12:25", "13:20", "14:15" };

    public static void Register(HandlerMap map, Func<int?, SystemInfo> systemInfo)
    {
        var json = AeriesJson.Context;
        // The field docs say a valid DatabaseYear in the query is reflected here, though the contract
        // does not list systeminfo among the operations that take it: the handler reads it itself.
        map.Add("system.get_aeries_installation_information", c => Respond.With(c, systemInfo(c.QueryInt("DatabaseYear")), json.SystemInfo));
        map.Add("schools.get_school_information", c => Respond.OneOrAll(c, "SchoolCode", () => Lookup.School(c), () => c.Data.Schools, json.School, json.ListSchool));
        map.Add("schools.get_school_terms", c => Respond.With(c, Lookup.School(c).Terms.ToList(), json.ListTerm));
        map.Add("schools.get_school_calendar", c => Respond.With(c, Calendar(c), json.SchoolCalendar));
        map.Add("schools.get_bell_schedule", c => Respond.With(c, Bells(Lookup.School(c), Lookup.School(c).Terms[0].StartDate), json.ListBellSchedulePeriod));
        map.Add("schools.get_bell_schedule_date_date", c => Respond.With(c, Bells(Lookup.School(c), c.PathDate("Date")), json.ListBellSchedulePeriod));
        map.Add("schools.get_absence_codes", c => Respond.OneOrAll(c, "AbsenceCode", () => AbsenceCode(c), () => AbsenceCodes(Lookup.School(c)), json.AbsenceCode, json.ListAbsenceCode));
        map.Add("schools.get_code_sets", c => Respond.With(c, Codes(c), json.ListCodeValue));
        map.Add("students.get_student_groups", c => Respond.With(c, Groups(c), json.ListStudentGroup));
        map.Add("grades.get_school_graduation_requirements", c => Respond.With(c, Requirements(Lookup.School(c)), json.GraduationRequirements));
    }

    private static SchoolCalendar Calendar(ApiContext context)
    {
        var school = Lookup.School(context);
        var days = new List<CalendarDay>();
        for (var day = school.Terms[0].StartDate; day <= school.Terms[1].EndDate; day = day.AddDays(1))
        {
            var weekend = day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
            days.Add(new CalendarDay(day, !weekend, weekend ? "Weekend" : "Regular"));
        }

        return new SchoolCalendar(school.SchoolCode, days);
    }

    private static List<BellSchedulePeriod> Bells(School school, DateTime date)
        => Enumerable.Range(1, DataSetBuilder.Periods)
            .Select(p => new BellSchedulePeriod(school.SchoolCode, "R", date.Date, p.ToString(System.Globalization.CultureInfo.InvariantCulture), BellTimes[p - 1], BellTimes[p]))
            .ToList();

    private static List<AbsenceCode> AbsenceCodes(School school) => new()
    {
        new AbsenceCode(school.SchoolCode, "A", "Absent", false, "U"),
        new AbsenceCode(school.SchoolCode, "E", "Excused", true, "E"),
        new AbsenceCode(school.SchoolCode, "I", "Illness", true, "E"),
        new AbsenceCode(school.SchoolCode, "T", "Tardy", false, "T"),
    };

    private static AbsenceCode AbsenceCode(ApiContext context)
    {
        var code = context.Text("AbsenceCode");
        return AbsenceCodes(Lookup.School(context)).FirstOrDefault(a => string.Equals(a.Code, code, StringComparison.OrdinalIgnoreCase))
            ?? throw ApiProblem.NotFound($"Absence code '{code}' does not exist.");
    }

    private static List<CodeValue> Codes(ApiContext context)
    {
        var table = context.Text("Table").ToUpperInvariant();
        var field = context.Text("Field").ToUpperInvariant();
        IReadOnlyList<CodeValue> codes = (table, field) switch
        {
            ("STU", "GR") => Enumerable.Range(9, 4).Select(g => new CodeValue(GradeNames.Short(g), GradeNames.Long(g))).ToList(),
            ("STU", "SX") => new[] { new CodeValue("F", "Female"), new CodeValue("M", "Male"), new CodeValue("X", "Non-binary") },
            ("STU", "HL") => new[] { new CodeValue("00", "English"), new CodeValue("01", "Spanish") },
            ("STU", "LF") => new[] { new CodeValue("E", "English Only"), new CodeValue("L", "English Learner") },
            ("CON", "RL") => new[] { new CodeValue("10", "Mother"), new CodeValue("11", "Father"), new CodeValue("12", "Guardian") },
            _ => throw ApiProblem.NotFound($"No code set for {table}.{field}."),
        };
        return codes.ToList();
    }

    private static List<StudentGroup> Groups(ApiContext context)
    {
        var school = Lookup.School(context);
        var students = Lookup.StudentsOf(context.Data, school.SchoolCode);
        return new List<StudentGroup>
        {
            new(school.SchoolCode, "INT", "Intervention", students.Where(s => s.StudentNumber % 11 == 0).Select(s => s.StudentID).ToList()),
            new(school.SchoolCode, "ENR", "Enrichment", students.Where(s => s.StudentNumber % 13 == 0).Select(s => s.StudentID).ToList()),
        };
    }

    private static GraduationRequirements Requirements(School school) => new(school.SchoolCode, new[]
    {
        new GraduationRequirement("ENG", "English", 40m),
        new GraduationRequirement("MATH", "Mathematics", 30m),
        new GraduationRequirement("SCI", "Science", 20m),
        new GraduationRequirement("SOC", "Social Science", 30m),
        new GraduationRequirement("TOT", "Total credits", 220m),
    });
}
