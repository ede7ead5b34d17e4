using System;
using System.Collections.Generic;
using System.Linq;
using IlluminatePerms.MockAeries.Data;
using IlluminatePerms.MockAeries.Http;

namespace IlluminatePerms.MockAeries.Endpoints;

/// <summary>Courses, the master schedule, rosters, next year's scheduling sections and the data-change feeds.</summary>
internal static class SchedulingEndpoints
{
    public static void Register(HandlerMap map)
    {
        var json = AeriesJson.Context;
        map.Add("scheduling.get_course_information", c => Respond.OneOrAll(c, "CourseID", () => Lookup.Course(c), () => c.Data.Courses, json.Course, json.ListCourse));
        map.Add("scheduling.get_course_data_changes", c => Respond.With(c, new DataChanges("courses", StudentEndpoints.Since(c), Array.Empty<string>()), json.DataChanges));
        map.Add("scheduling.get_sections_from_master_schedule", c => c.OptionalInt("SectionNumber") is null ? ApiResponse.StoredArray(c.Data.SectionsOf(Lookup.School(c).SchoolCode), json.Section) : Respond.With(c, Lookup.Section(c), json.Section));
        map.Add("scheduling.get_section_data_changes_from_master_schedule", c => Respond.With(c, new DataChanges("sections", StudentEndpoints.Since(c), Array.Empty<string>()), json.DataChanges));
        map.Add("scheduling.get_staff_classes_sections", c => Respond.With(c, ClassesOf(c), json.ListSection));
        map.Add("scheduling.get_section_class_roster", c => Respond.With(c, Roster(c), json.ListRosterEntry));
        map.Add("scheduling.get_section_class_roster_data_changes", c => Respond.With(c, new DataChanges("rosters", StudentEndpoints.Since(c), Array.Empty<string>()), json.DataChanges));
        map.Add("scheduling.get_section_from_scheduling_master_schedule", c => Respond.OneOrAll(c, "SectionNumber", () => SchedulingSection(c), () => SchedulingSections(c), json.Section, json.ListSection));
        map.Add("scheduling.create_section_from_scheduling_master_schedule", c => Respond.With(c, CreateSchedulingSection(c), json.Section));
    }

    private static List<Section> ClassesOf(ApiContext context)
    {
        var staff = Lookup.Staff(context);
        return context.Data.Schools.SelectMany(s => context.Data.SectionsOf(s.SchoolCode)).Where(s => s.SectionStaffMembers.Any(m => m.StaffID == staff.ID)).ToList();
    }

    private static List<RosterEntry> Roster(ApiContext context)
    {
        var section = Lookup.Section(context);
        var started = context.Data.SchoolIndex[section.SchoolCode].Terms[0].StartDate;
        return context.Data.RosterIndex[(section.SchoolCode, section.SectionNumber)]
            .Select(id => new RosterEntry(section.SchoolCode, section.SectionNumber, id, section.Period, started, null))
            .ToList();
    }

    /// <summary>Next year's sections: this year's master schedule plus those created through the API.</summary>
    private static IReadOnlyList<Section> SchedulingSections(ApiContext context)
    {
        var school = Lookup.School(context).SchoolCode;
        var created = context.Data.Writes.SchedulingSections(school);
        return created.Count == 0 ? context.Data.SectionsOf(school) : context.Data.SectionsOf(school).Concat(created).ToList();
    }

    private static Section SchedulingSection(ApiContext context)
    {
        var number = context.Int("SectionNumber");
        return SchedulingSections(context).FirstOrDefault(s => s.SectionNumber == number)
            ?? throw ApiProblem.NotFound($"Section {number} does not exist at school {Lookup.School(context).SchoolCode}.");
    }

    private static Section CreateSchedulingSection(ApiContext context)
    {
        var school = Lookup.School(context);
        var input = context.Body(AeriesJson.Context.Section);
        if (!context.Data.CourseIndex.ContainsKey(input.CourseID ?? string.Empty))
        {
            throw ApiProblem.BadRequest($"Course '{input.CourseID}' does not exist.");
        }

        var number = input.SectionNumber != 0 ? input.SectionNumber : SchedulingSections(context).Max(s => s.SectionNumber) + 1;
        var section = input with
        {
            SchoolCode = school.SchoolCode,
            SectionNumber = number,
            Period = input.Period ?? string.Empty,
            Semester = input.Semester ?? "Y",
            ClassCalendar = input.ClassCalendar ?? string.Empty,
            SectionStaffMembers = input.SectionStaffMembers ?? Array.Empty<SectionStaffMember>(),
            Room = input.Room ?? string.Empty,
            InactiveStatusCode = input.InactiveStatusCode ?? string.Empty,
            Track = input.Track ?? string.Empty,
            TotalStudents = 0,
        };
        return context.Data.Writes.TryAdd(section, context.Data.SectionIndex)
            ? section
            : throw ApiProblem.BadRequest($"Section {number} already exists at school {school.SchoolCode}.");
    }
}
