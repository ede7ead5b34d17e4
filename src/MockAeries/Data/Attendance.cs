using System;
using System.Collections.Generic;

namespace IlluminatePerms.MockAeries.Data;

/// <summary>An absence code of a school.</summary>
public sealed record AbsenceCode(int SchoolCode, string Code, string Description, bool IsExcused);

/// <summary>A period of a school's bell schedule.</summary>
public sealed record BellSchedulePeriod(int SchoolCode, int Period, string StartTime, string EndTime);

/// <summary>A day of a school's calendar.</summary>
public sealed record CalendarDay(int SchoolCode, DateTime Date, bool IsSchoolDay, string DayType);

/// <summary>A student's attendance between two dates.</summary>
public sealed record AttendanceRecord(int StudentID, int SchoolCode, IReadOnlyList<AttendanceDay> AttendanceDays);

/// <summary>One school day of a student's attendance.</summary>
public sealed record AttendanceDay(DateTime Date, string AllDayAttendanceCode);

/// <summary>A student's attendance totals for a year.</summary>
public sealed record AttendanceSummary(int StudentID, int SchoolCode, int SchoolYear, int DaysEnrolled, int DaysPresent, int DaysAbsent, int DaysTardy);
