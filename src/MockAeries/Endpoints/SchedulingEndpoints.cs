using System;
using System.Collections.Generic;
using System.Linq;
using IlluminatePerms.Contract;
using IlluminatePerms.MockAeries.Data;
using IlluminatePerms.MockAeries.Http;

namespace IlluminatePerms.MockAeries.Endpoints;

/// <summary>Courses, the master schedule, rosters, next year's scheduling sections and the data-change feeds.</summary>
internal static class SchedulingEndpoints
{
    public static void Register(HandlerMap map)
    {
        var json = AeriesJson.Context;
        map.Add(AeriesOperationIds.Scheduling.GetCourseInformation, c => Respond.OneOrAll(c, "CourseID", () => Lookup.Course(c), () => c.Data.Courses, json.Course, json.ListCourse));
        map.Add(AeriesOperationIds.Scheduling.GetCourseDataChanges, c => Respond.With(c, new DataChanges("courses", StudentEndpoints.Since(c), Array.Empty<string>()), json.DataChanges));
        map.Add(AeriesOperationIds.Scheduling.GetSectionsFromMasterSchedule, c => c.OptionalInt("SectionNumber") is null ? ApiResponse.StoredArray(c.Data.SectionsOf(Lookup.School(c).SchoolCode), json.Section) : Respond.With(c, Lookup.Section(c), json.Section));
        map.Add(AeriesOperationIds.Scheduling.GetSectionDataChangesFromMasterSchedule, c => Respond.With(c, new DataChanges("sections", StudentEndpoints.Since(c), Array.Empty<string>()), json.DataChanges));
        map.Add(AeriesOperationIds.Scheduling.GetStaffClassesSections, c => Respond.With(c, ClassesOf(c), json.ListSection));
        map.Add(AeriesOperationIds.Scheduling.GetSectionClassRoster, c => Respond.With(c, SchoolRecords.RosterOf(c.Data, Lookup.Section(c)), json.ListRosterEntry));
        map.Add(AeriesOperationIds.Scheduling.GetSectionClassRosterDataChanges, c => Respond.With(c, new DataChanges("rosters", StudentEndpoints.Since(c), Array.Empty<string>()), json.DataChanges));
        map.Add(AeriesOperationIds.Scheduling.GetSectionFromSchedulingMasterSchedule, c => Respond.OneOrAll(c, "SectionNumber", () => SchedulingSection(c), () => SchedulingSections(c), json.Section, json.ListSection));
        map.Add(AeriesOperationIds.Scheduling.CreateSectionFromSchedulingMasterSchedule, c => Respond.With(c, CreateSchedulingSection(c), json.Section));
        map.Add(AeriesOperationIds.Scheduling.UpdateSectionFromSchedulingMasterSchedule, UpsertSchedulingSection);
        map.Add(AeriesOperationIds.Scheduling.DeleteSectionFromSchedulingMasterSchedule, DeleteSchedulingSection);
        map.Add(AeriesOperationIds.Scheduling.GetStudentClasses, c => Respond.Each(c, DerivedRecords.ScheduleOf, json.ListClassScheduleEntry));
        map.Add(AeriesOperationIds.Scheduling.GetClassCalendars, c => Respond.With(c, OneOrAllBySequence(c, SchoolRecords.ClassCalendarsOf(Lookup.School(c), c.Data.DatabaseYear), k => k.SequenceNumber, "class calendar"), json.ListClassCalendar));
        map.Add(AeriesOperationIds.Scheduling.GetClassCalendarsYear, c => Respond.With(c, SchoolRecords.ClassCalendarsOf(Lookup.School(c), c.AcademicYear("AcademicYear")), json.ListClassCalendar));
        map.Add(AeriesOperationIds.Scheduling.GetClassCalendarDates, c => Respond.With(c, SchoolRecords.DatesOf(Lookup.School(c), OneOrAllBySequence(c, SchoolRecords.ClassCalendarsOf(Lookup.School(c), c.Data.DatabaseYear), k => k.SequenceNumber, "class calendar").Single()), json.ListClassCalendarDate));
        map.Add(AeriesOperationIds.Scheduling.GetFlexPeriods, c => Respond.With(c, OneOrAllBySequence(c, SchoolRecords.FlexPeriodsOf(Lookup.School(c), c.Data.DatabaseYear), f => f.SequenceNumber, "flex period"), json.ListFlexPeriod));
        map.Add(AeriesOperationIds.Scheduling.GetFlexPeriodsYear, c => Respond.With(c, SchoolRecords.FlexPeriodsOf(Lookup.School(c), c.AcademicYear("AcademicYear")), json.ListFlexPeriod));
    }

    private static List<Section> ClassesOf(ApiContext context)
    {
        var staff = Lookup.Staff(context);
        return context.Data.Schools.SelectMany(s => context.Data.SectionsOf(s.SchoolCode)).Where(s => s.SectionStaffMembers.Any(m => m.StaffID == staff.ID)).ToList();
    }

    /// <summary>Next year's sections: this year's master schedule plus what the API created, changed or deleted.</summary>
    private static IReadOnlyList<Section> SchedulingSections(ApiContext context)
    {
        var school = Lookup.School(context).SchoolCode;
        return DerivedRecords.Current(context.Data, RecordKinds.SchedulingSections, school, () => context.Data.SectionsOf(school));
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
        var input = Checked(context, context.Body(AeriesJson.Context.Section));
        return WriteSections(context, list =>
        {
            var number = input.SectionNumber != 0 ? input.SectionNumber : list.Max(s => s.SectionNumber) + 1;
            if (list.Any(s => s.SectionNumber == number))
            {
                throw ApiProblem.BusinessRule($"Section {number} already exists at school {school.SchoolCode}.");
            }

            var section = Completed(input, school.SchoolCode, number);
            list.Add(section);
            return section;
        });
    }

    /// <summary>PUT is an upsert: 200 when it changed the section, 201 when it created it.</summary>
    private static ApiResponse UpsertSchedulingSection(ApiContext context)
    {
        var school = Lookup.School(context);
        var number = context.Int("SectionNumber");
        var input = Checked(context, context.Body(AeriesJson.Context.Section));
        var (section, created) = WriteSections(context, list =>
        {
            var section = Completed(input, school.SchoolCode, number);
            var index = list.FindIndex(s => s.SectionNumber == number);
            if (index >= 0)
            {
                list[index] = section;
            }
            else
            {
                list.Add(section);
            }

            return (section, index < 0);
        });
        return ApiResponse.Json(section, AeriesJson.Context.Section, created ? 201 : context.SuccessStatus);
    }

    private static ApiResponse DeleteSchedulingSection(ApiContext context)
    {
        var number = context.Int("SectionNumber");
        WriteSections(context, list => list.RemoveAll(s => s.SectionNumber == number) == 0
            ? throw ApiProblem.NotFound($"Section {number} does not exist at school {Lookup.School(context).SchoolCode}.")
            : true);
        return ApiResponse.Empty(context.SuccessStatus);
    }

    private static T WriteSections<T>(ApiContext context, Func<List<Section>, T> write)
    {
        var school = Lookup.School(context).SchoolCode;
        return context.Data.Writes.WriteList(RecordKinds.SchedulingSections, school, () => context.Data.SectionsOf(school), write);
    }

    private static Section Checked(ApiContext context, Section input)
        => context.Data.CourseIndex.ContainsKey(input.CourseID ?? string.Empty) ? input : throw ApiProblem.BusinessRule($"Course '{input.CourseID}' does not exist.");

    /// <summary>A section from a body, with the path's keys and empty text where the body left fields out.</summary>
    private static Section Completed(Section input, int school, int number) => input with
    {
        SchoolCode = school,
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

    /// <summary>All records, or the one of the path's SequenceNumber (404 when there is none).</summary>
    private static List<T> OneOrAllBySequence<T>(ApiContext context, List<T> all, Func<T, int> sequence, string what)
    {
        if (context.OptionalInt("SequenceNumber") is not { } wanted)
        {
            return all;
        }

        var one = all.Where(r => sequence(r) == wanted).ToList();
        return one.Count > 0 ? one : throw ApiProblem.NotFound($"School {Lookup.School(context).SchoolCode} has no {what} {wanted}.");
    }
}
