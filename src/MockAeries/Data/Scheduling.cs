using System;
using System.Collections.Generic;

namespace IlluminatePerms.MockAeries.Data;

/// <summary>A course of the district catalog (table CRS), with fields of the Course Information example.</summary>
internal sealed record Course(
    string ID,
    string Title,
    string LongDescription,
    string DepartmentCode,
    string StateCourseCode,
    decimal CreditDefault,
    decimal CreditMax,
    string TermTypeCode,
    int LowGrade,
    int HighGrade,
    string InactiveStatusCode,
    string NextYearInactiveStatusCode);

/// <summary>A section of the master schedule (table MST), with fields and types of the Section example ("Period" is a string).</summary>
internal sealed record Section(
    int SchoolCode,
    int SectionNumber,
    string Period,
    int PeriodBlock,
    string Semester,
    string ClassCalendar,
    string CourseID,
    IReadOnlyList<SectionStaffMember> SectionStaffMembers,
    string Room,
    decimal Credit,
    int LowGrade,
    int HighGrade,
    int MaxStudents,
    int TotalStudents,
    string InactiveStatusCode,
    string Track,
    bool PrimaryClass);

/// <summary>A teacher of a section, with the fields of the Section example.</summary>
internal sealed record SectionStaffMember(
    int StaffID,
    string LastName,
    string FirstName,
    bool IsPrimaryTeacher,
    string StaffRoleCode,
    string TeacherPositionCode,
    DateTime? StartDate,
    DateTime? EndDate,
    string InactiveStatusCode);

/// <summary>A student in a section's roster (table SEC; shape not documented).</summary>
internal sealed record RosterEntry(int SchoolCode, int SectionNumber, int StudentID, string Period, DateTime DateStarted, DateTime? DateEnded);

/// <summary>
/// A class calendar of a school with the fields of the Scheduling-related article's example (table
/// CCL): AcademicYear written "2021-2022", ShortTitle the weekdays it applies to (M, T, W, R, F).
/// </summary>
internal sealed record ClassCalendar(int SequenceNumber, int SchoolCode, string AcademicYear, string ShortTitle, string Description);

/// <summary>A meeting date of a class calendar (shape not documented).</summary>
internal sealed record ClassCalendarDate(int SchoolCode, int SequenceNumber, DateTime CalendarDate);

/// <summary>
/// A flex period of a school with the fields of the Scheduling-related article's example (table FTF):
/// AcademicYear written "2021-2022", times on 1900-01-01 as the example writes them.
/// </summary>
internal sealed record FlexPeriod(int SequenceNumber, int SchoolCode, string AcademicYear, string ShortTitle, string Description, DateTime StartTime, DateTime EndTime, string TypeCode);
