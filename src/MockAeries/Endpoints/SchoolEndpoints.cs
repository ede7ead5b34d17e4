using System;
using System.Collections.Generic;
using System.Linq;
using IlluminatePerms.Contract;
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
        map.Add(AeriesOperationIds.System.GetAeriesInstallationInformation, c => Respond.With(c, systemInfo(c.QueryInt("DatabaseYear")), json.SystemInfo));
        map.Add(AeriesOperationIds.Schools.GetSchoolInformation, c => Respond.OneOrAll(c, "SchoolCode", () => Lookup.School(c), () => c.Data.Schools, json.School, json.ListSchool));
        map.Add(AeriesOperationIds.Schools.GetSchoolTerms, c => Respond.With(c, Lookup.School(c).Terms.ToList(), json.ListTerm));
        map.Add(AeriesOperationIds.Schools.GetSchoolCalendar, c => Respond.With(c, SchoolRecords.CalendarOf(Lookup.School(c)), json.SchoolCalendar));
        map.Add(AeriesOperationIds.Schools.GetBellSchedule, c => Respond.With(c, SchoolRecords.BellsOf(Lookup.School(c), Lookup.School(c).Terms[0].StartDate), json.ListBellSchedulePeriod));
        map.Add(AeriesOperationIds.Schools.GetBellScheduleDateDate, c => Respond.With(c, SchoolRecords.BellsOf(Lookup.School(c), c.PathDate("Date")), json.ListBellSchedulePeriod));
        map.Add(AeriesOperationIds.Schools.GetAbsenceCodes, c => Respond.OneOrAll(c, "AbsenceCode", () => AbsenceCode(c), () => SchoolRecords.AbsenceCodesOf(Lookup.School(c)), json.AbsenceCode, json.ListAbsenceCode));
        map.Add(AeriesOperationIds.Schools.GetCodeSets, c => Respond.With(c, Codes(c), json.ListCodeValue));
        map.Add(AeriesOperationIds.Students.GetStudentGroups, c => Respond.With(c, Groups(c), json.ListStudentGroup));
        map.Add(AeriesOperationIds.Grades.GetSchoolGraduationRequirements, c => Respond.With(c, SchoolRecords.RequirementsOf(Lookup.School(c)), json.ListGraduationRequirements));
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
