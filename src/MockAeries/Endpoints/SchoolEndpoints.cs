using System;
using System.Collections.Generic;
using System.Linq;
using IlluminatePerms.MockAeries.Data;
using IlluminatePerms.MockAeries.Http;

namespace IlluminatePerms.MockAeries.Endpoints;

/// <summary>System information, schools, terms, calendars, bell schedules, absence codes, code sets, groups and graduation requirements.</summary>
internal static class SchoolEndpoints
{
    public static void Register(HandlerMap map, Func<int?, SystemInfo> systemInfo)
    {
        var json = AeriesJson.Context;
        // The field docs say a valid DatabaseYear in the query is reflected here (an unknown one is not).
        map.Add("system.get_aeries_installation_information", c => Respond.With(c, systemInfo(c.QueryInt("DatabaseYear")), json.SystemInfo));
        map.Add("schools.get_school_information", c => Respond.OneOrAll(c, "SchoolCode", () => Lookup.School(c), () => c.Data.Schools, json.School, json.ListSchool));
        map.Add("schools.get_school_terms", c => Respond.With(c, Lookup.School(c).Terms.ToList(), json.ListTerm));
        map.Add("schools.get_school_calendar", c => Respond.With(c, SchoolRecords.CalendarOf(Lookup.School(c)), json.SchoolCalendar));
        map.Add("schools.get_bell_schedule", c => Respond.With(c, SchoolRecords.BellsOf(Lookup.School(c), Lookup.School(c).Terms[0].StartDate), json.ListBellSchedulePeriod));
        map.Add("schools.get_bell_schedule_date_date", c => Respond.With(c, SchoolRecords.BellsOf(Lookup.School(c), c.PathDate("Date")), json.ListBellSchedulePeriod));
        map.Add("schools.get_absence_codes", c => Respond.OneOrAll(c, "AbsenceCode", () => AbsenceCode(c), () => SchoolRecords.AbsenceCodesOf(Lookup.School(c)), json.AbsenceCode, json.ListAbsenceCode));
        map.Add("schools.get_code_sets", c => Respond.With(c, Codes(c), json.ListCodeValue));
        map.Add("students.get_student_groups", c => Respond.With(c, Groups(c), json.ListStudentGroup));
        map.Add("grades.get_school_graduation_requirements", c => Respond.With(c, SchoolRecords.RequirementsOf(Lookup.School(c)), json.ListGraduationRequirements));
    }

    /// <summary>A school's student groups, or every school's for the SchoolCode "all" (the article's note).</summary>
    private static List<StudentGroup> Groups(ApiContext context)
    {
        var schools = Lookup.IsAllSchools(context) ? context.Data.Schools : new[] { Lookup.School(context) };
        return schools.SelectMany(school => SchoolRecords.GroupsOf(school, Lookup.StudentsOf(context.Data, school.SchoolCode))).ToList();
    }

    private static AbsenceCode AbsenceCode(ApiContext context)
    {
        var code = context.Text("AbsenceCode");
        return SchoolRecords.AbsenceCodesOf(Lookup.School(context)).FirstOrDefault(a => string.Equals(a.Code, code, StringComparison.OrdinalIgnoreCase))
            ?? throw ApiProblem.NotFound($"Absence code '{code}' does not exist.");
    }

    private static List<CodeValue> Codes(ApiContext context)
    {
        var table = context.Text("Table").ToUpperInvariant();
        var field = context.Text("Field").ToUpperInvariant();
        return SchoolRecords.CodesOf(table, field)?.ToList() ?? throw ApiProblem.NotFound($"No code set for {table}.{field}.");
    }
}
