using System;
using System.Collections.Generic;

namespace IlluminatePerms.MockAeries.Data;

/// <summary>A student's attendance, with the fields of the Attendance example.</summary>
internal sealed record AttendanceRecord(int StudentID, IReadOnlyList<AttendanceDay> AttendanceDays);

/// <summary>One school day of a student's attendance.</summary>
internal sealed record AttendanceDay(DateTime CalendarDate, string AllDayAttendanceCode, IReadOnlyList<ClassAttendance> Classes);

/// <summary>The attendance of one class period ("Period" is a string).</summary>
internal sealed record ClassAttendance(int SectionNumber, string Period, string AttendanceCode);

/// <summary>A student's attendance history, one summary per school year, as the article nests it.</summary>
internal sealed record AttendanceHistory(int StudentID, IReadOnlyList<AttendanceHistorySummary> HistorySummaries);

/// <summary>One year's attendance totals, with the fields of the Attendance History example.</summary>
internal sealed record AttendanceHistorySummary(
    string AttendanceProgramCodePrimary,
    int ReportingSchoolCode,
    string SchoolYear,
    int SchoolCode,
    int DaysEnrolled,
    int DaysPresent,
    int DaysAbsence,
    int DaysExcused,
    int DaysUnexcused,
    int DaysTardy,
    int DaysOfTruancy,
    int DaysSuspension,
    int DaysInSchoolSuspension,
    int PeriodsExpectedToAttend,
    int PeriodsAttended);

/// <summary>A student's attendance history details (shape not documented).</summary>
internal sealed record AttendanceHistoryDetails(int StudentID, IReadOnlyList<AttendanceHistoryDay> HistoryDetails);

/// <summary>One absence or tardy of a past or current year.</summary>
internal sealed record AttendanceHistoryDay(string SchoolYear, int SchoolCode, DateTime CalendarDate, string AllDayAttendanceCode);

/// <summary>An absence code of the attendance history (shape not documented).</summary>
internal sealed record HistoryAbsenceCode(string SchoolYear, int SchoolCode, string Code, string Description);
