using System;
using System.Collections.Generic;
using System.Linq;
using IlluminatePerms.MockAeries.Data;
using IlluminatePerms.MockAeries.Http;
using IlluminatePerms.MockAeries.Routing;

namespace IlluminatePerms.MockAeries.Endpoints;

/// <summary>Schools, terms, calendars, bell schedules, absence codes, groups and graduation requirements.</summary>
internal static class SchoolEndpoints
{
    private static readonly string[] BellTimes = { "08:00", "08:55", "09:50", "10:55", "12:25", "13:20", "14:15" };

    public static IEnumerable<Endpoint> All(Func<SystemInfo> systemInfo)
    {
        var json = AeriesJson.Context;
        yield return new Endpoint("GET", "systeminfo", Allow.Anyone, _ => ApiResponse.Json(systemInfo(), json.SystemInfo));
        yield return new Endpoint("GET", "schools", Allow.Read("Schools"), c => ApiResponse.Json(c.Data.Schools, json.ListSchool));
        yield return new Endpoint("GET", "schools/{SchoolCode}", Allow.Read("Schools"), c => ApiResponse.Json(Lookup.School(c), json.School));
        yield return new Endpoint("GET", "schools/{SchoolCode}/terms", Allow.Read("Terms"), c => ApiResponse.Json(Lookup.School(c).Terms.ToList(), json.ListTerm));
        yield return new Endpoint("GET", "schools/{SchoolCode}/calendar", Allow.Read("Calendar"), c => ApiResponse.Json(Calendar(c), json.ListCalendarDay));
        yield return new Endpoint("GET", "schools/{SchoolCode}/BellSchedule", Allow.Read("Bell Schedule"), c => ApiResponse.Json(Bells(Lookup.School(c)), json.ListBellSchedulePeriod));
        yield return new Endpoint("GET", "schools/{SchoolCode}/AbsenceCodes", Allow.Read("Absence Code Table"), c => ApiResponse.Json(AbsenceCodes(Lookup.School(c)), json.ListAbsenceCode));
        yield return new Endpoint("GET", "schools/{SchoolCode}/GraduationRequirements", Allow.Read("Graduation Requirements"), c => ApiResponse.Json(Requirements(Lookup.School(c)), json.ListGraduationRequirement));
        yield return new Endpoint("GET", "schools/{SchoolCode}/StudentGroups", Allow.Read("Student Groups"), c => ApiResponse.Json(Groups(c), json.ListStudentGroup));
        yield return new Endpoint("GET", "schools/{SchoolCode}/classcalendars", Allow.Read("Class Calendars"), c => ApiResponse.Json(ClassCalendars(c), json.ListClassCalendarDay));
        yield return new Endpoint("GET", "schools/{SchoolCode}/flexperiods", Allow.Read("Flex Periods"), c => ApiResponse.Json(FlexPeriods(c), json.ListFlexPeriod));
    }

    private static List<CalendarDay> Calendar(ApiContext context)
    {
        var school = Lookup.School(context);
        var days = new List<CalendarDay>();
        for (var day = school.Terms[0].StartDate; day <= school.Terms[^1].EndDate; day = day.AddDays(1))
        {
            var weekend = day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
            days.Add(new CalendarDay(school.SchoolCode, day, !weekend, weekend ? "Weekend" : "Regular"));
        }

        return days;
    }

    private static List<BellSchedulePeriod> Bells(School school)
        => Enumerable.Range(1, DataSetBuilder.Periods).Select(p => new BellSchedulePeriod(school.SchoolCode, p, BellTimes[p - 1], BellTimes[p])).ToList();

    private static List<AbsenceCode> AbsenceCodes(School school) => new()
    {
        new AbsenceCode(school.SchoolCode, "A", "Absent", false),
        new AbsenceCode(school.SchoolCode, "E", "Excused", true),
        new AbsenceCode(school.SchoolCode, "I", "Illness", true),
        new AbsenceCode(school.SchoolCode, "T", "Tardy", false),
    };

    private static List<GraduationRequirement> Requirements(School school) => new()
    {
        new GraduationRequirement(school.SchoolCode, "ENG", "English", 40m),
        new GraduationRequirement(school.SchoolCode, "MATH", "Mathematics", 30m),
        new GraduationRequirement(school.SchoolCode, "SCI", "Science", 20m),
        new GraduationRequirement(school.SchoolCode, "SOC", "Social Science", 30m),
        new GraduationRequirement(school.SchoolCode, "TOT", "Total credits", 220m),
    };

    private static List<StudentGroup> Groups(ApiContext context)
    {
        var students = Lookup.StudentsOf(context);
        var school = students.Count == 0 ? Lookup.School(context).SchoolCode : students[0].SchoolCode;
        return new List<StudentGroup>
        {
            new(school, "INT", "Intervention", students.Where(s => s.StudentNumber % 11 == 0).Select(s => s.StudentID).ToList()),
            new(school, "ENR", "Enrichment", students.Where(s => s.StudentNumber % 13 == 0).Select(s => s.StudentID).ToList()),
        };
    }

    private static List<ClassCalendarDay> ClassCalendars(ApiContext context)
    {
        var school = Lookup.School(context);
        var first = school.Terms[0].StartDate;
        return context.Data.SectionsBySchool[school.SchoolCode]
            .SelectMany(section => Enumerable.Range(0, 7).Select(d => first.AddDays(d))
                .Select(day => new ClassCalendarDay(school.SchoolCode, section.SectionNumber, day, day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))))
            .ToList();
    }

    private static List<FlexPeriod> FlexPeriods(ApiContext context)
    {
        var school = Lookup.School(context);
        return context.Data.TeachersBySchool[school.SchoolCode]
            .Select(t => new FlexPeriod(school.SchoolCode, t.TeacherNumber, $"Flex with {t.LastName}", t.TeacherNumber, 30))
            .ToList();
    }
}
