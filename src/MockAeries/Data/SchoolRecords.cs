using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace IlluminatePerms.MockAeries.Data;

/// <summary>
/// The small per-school and per-gradebook records the generated district computes rather than
/// stores: calendars, bell schedules, code tables, groups, requirements, valid marks, final mark
/// ranges, class calendars, flex periods and rosters. The same keys always give the same records.
/// </summary>
internal static class SchoolRecords
{
    private static readonly string[] BellTimes = { "08:00", "08:55", "09:50", "10:55", "12:25", "13:20", "14:15" };

    public static SchoolCalendar CalendarOf(School school)
    {
        var days = new List<CalendarDay>();
        for (var day = school.Terms[0].StartDate; day <= school.Terms[1].EndDate; day = day.AddDays(1))
        {
            var weekend = day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
            days.Add(new CalendarDay(day, !weekend, weekend ? "Weekend" : "Regular"));
        }

        return new SchoolCalendar(school.SchoolCode, days);
    }

    public static List<BellSchedulePeriod> BellsOf(School school, DateTime date)
        => Enumerable.Range(1, DataSetBuilder.Periods)
            .Select(p => new BellSchedulePeriod(school.SchoolCode, "R", date.Date, p.ToString(CultureInfo.InvariantCulture), BellTimes[p - 1], BellTimes[p]))
            .ToList();

    public static List<AbsenceCode> AbsenceCodesOf(School school) => new()
    {
        new AbsenceCode(school.SchoolCode, "A", "Absent", false, "U"),
        new AbsenceCode(school.SchoolCode, "E", "Excused", true, "E"),
        new AbsenceCode(school.SchoolCode, "I", "Illness", true, "E"),
        new AbsenceCode(school.SchoolCode, "T", "Tardy", false, "T"),
    };

    /// <summary>The codes of a table's field (upper case), or null for a field without a code set.</summary>
    public static IReadOnlyList<CodeValue>? CodesOf(string table, string field) => (table, field) switch
    {
        ("STU", "GR") => Enumerable.Range(9, 4).Select(g => new CodeValue(GradeNames.Short(g), GradeNames.Long(g))).ToList(),
        ("STU", "SX") => new[] { new CodeValue("F", "Female"), new CodeValue("M", "Male"), new CodeValue("X", "Non-binary") },
        ("STU", "HL") => new[] { new CodeValue("00", "English"), new CodeValue("01", "Spanish") },
        ("STU", "LF") => new[] { new CodeValue("E", "English Only"), new CodeValue("L", "English Learner") },
        ("CON", "RL") => new[] { new CodeValue("10", "Mother"), new CodeValue("11", "Father"), new CodeValue("12", "Guardian") },
        _ => null,
    };

    public static List<StudentGroup> GroupsOf(School school, IReadOnlyList<Student> students) => new()
    {
        Group(school, 1, "Intervention", students.Where(s => s.StudentNumber % 11 == 0).ToList()),
        Group(school, 2, "Enrichment", students.Where(s => s.StudentNumber % 13 == 0).ToList()),
    };

    // The group's staff are its members' counselors.
    private static StudentGroup Group(School school, int id, string name, IReadOnlyList<Student> members)
        => new(
            members.Select(s => new StudentGroupMember(s.StudentID)).ToList(),
            members.Select(s => s.CounselorNumber).Distinct().Select(staff => new StudentGroupStaff(staff)).ToList(),
            (school.SchoolCode * 100) + id, name, name, null, school.SchoolCode, false, false);

    /// <summary>The subject areas every school requires (one graduation track), by grade level.</summary>
    public static readonly IReadOnlyList<RequiredSubjectArea> RequiredSubjectAreas = new[]
    {
        new RequiredSubjectArea("A", "English", 40m, 30m, 20m, 10m),
        new RequiredSubjectArea("B", "Physical Education", 20m, 20m, 20m, 10m),
        new RequiredSubjectArea("C", "Social Science", 30m, 20m, 10m, 0m),
        new RequiredSubjectArea("D", "Mathematics", 30m, 30m, 20m, 10m),
        new RequiredSubjectArea("Z", "Electives", 55m, 45m, 45m, 45m),
    };

    /// <summary>The school's graduation requirements: one object per graduation track (the mock has the default track only).</summary>
    public static List<GraduationRequirements> RequirementsOf(School school) => new() { new GraduationRequirements(RequiredSubjectAreas, school.SchoolCode, string.Empty) };

    /// <summary>The school's valid marks, best first.</summary>
    public static List<ValidMark> ValidMarksOf(School school)
        => new[] { ("A", 4m, 90m, 100m), ("B", 3m, 80m, 89.99m), ("C", 2m, 70m, 79.99m), ("D", 1m, 60m, 69.99m), ("F", 0m, 0m, 59.99m) }
            .Select((m, i) => new ValidMark(school.SchoolCode, m.Item1, m.Item2, m.Item2 == 0m ? 0m : m.Item2 + 1m, true, m.Item1 != "F", true, i + 1, m.Item2, m.Item3, m.Item4, string.Empty, m.Item2 == 0m ? 0m : m.Item2 + 1m))
            .ToList();

    /// <summary>The school's four report card marking periods, the first of them current.</summary>
    public static List<ReportCardMarkingPeriod> MarkingPeriodsOf(School school)
    {
        var start = school.Terms[0].StartDate;
        return Enumerable.Range(1, 4)
            .Select(n => new ReportCardMarkingPeriod(start.AddDays(45 * (n - 1)), start.AddDays((45 * n) - 1), string.Empty, n, $"Q{n}", $"Quarter {n}", n == 1))
            .ToList();
    }

    /// <summary>The gradebook's final mark ranges, highest first (the article's order).</summary>
    public static List<FinalMark> FinalMarksOf(Gradebook gradebook)
        => new[] { ("A", 90m, 110m), ("B", 80m, 89.99m), ("C", 70m, 79.99m), ("D", 60m, 69.99m), ("F", 0m, 59.99m) }
            .Select(m => new FinalMark(HighValue: m.Item3, LowValue: m.Item2, Mark: m.Item1)).ToList();

    public static List<HistoryAbsenceCode> HistoryCodesOf(School school, int year)
        => new[] { ("A", "Absent"), ("E", "Excused"), ("I", "Illness"), ("T", "Tardy") }
            .Select(c => new HistoryAbsenceCode(DataSetCache.YearText(year), school.SchoolCode, c.Item1, c.Item2))
            .ToList();

    /// <summary>A section's roster: every student joined when the school year started.</summary>
    public static List<RosterEntry> RosterOf(AeriesDataSet data, Section section)
    {
        var started = data.SchoolIndex[section.SchoolCode].Terms[0].StartDate;
        return data.RosterIndex[(section.SchoolCode, section.SectionNumber)]
            .Select(id => new RosterEntry(section.SchoolCode, section.SectionNumber, id, section.Period, started, null))
            .ToList();
    }

    public static List<ClassCalendar> ClassCalendarsOf(School school, int year) => new()
    {
        new(1, school.SchoolCode, DataSetCache.YearText(year), "MTWRF", "Every day"),
        new(2, school.SchoolCode, DataSetCache.YearText(year), "MWF", "Monday, Wednesday, Friday"),
        new(3, school.SchoolCode, DataSetCache.YearText(year), "TR", "Tuesday, Thursday"),
    };

    /// <summary>The school days a class calendar meets on: its ShortTitle has a letter for each weekday it meets (M, T, W, R for Thursday, F).</summary>
    public static List<ClassCalendarDate> DatesOf(School school, ClassCalendar calendar)
    {
        var dates = new List<ClassCalendarDate>();
        for (var day = school.Terms[0].StartDate; day <= school.Terms[1].EndDate; day = day.AddDays(1))
        {
            var letter = day.DayOfWeek is >= DayOfWeek.Monday and <= DayOfWeek.Friday ? "MTWRF"[(int)day.DayOfWeek - 1] : ' ';
            if (letter != ' ' && calendar.ShortTitle.Contains(letter))
            {
                dates.Add(new ClassCalendarDate(calendar.SchoolCode, calendar.SequenceNumber, day));
            }
        }

        return dates;
    }

    /// <summary>A school's flex periods: one before school and one a day after lunch, 50 minutes each.</summary>
    public static List<FlexPeriod> FlexPeriodsOf(School school, int year) => new()
    {
        new(1, school.SchoolCode, DataSetCache.YearText(year), "Flex 0", "Pd 0", new DateTime(1900, 1, 1, 7, 5, 0), new DateTime(1900, 1, 1, 7, 55, 0), string.Empty),
        new(2, school.SchoolCode, DataSetCache.YearText(year), "Flex 5", "Pd 5", new DateTime(1900, 1, 1, 12, 35, 0), new DateTime(1900, 1, 1, 13, 25, 0), string.Empty),
    };
}
