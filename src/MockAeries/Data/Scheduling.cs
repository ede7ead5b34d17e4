using System;
using System.Collections.Generic;

namespace IlluminatePerms.MockAeries.Data;

/// <summary>A course of the district catalog (table CRS), with fields of the Course Information example.</summary>
public sealed record Course(
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
public sealed record Section(
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
public sealed record SectionStaffMember(
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
public sealed record RosterEntry(int SchoolCode, int SectionNumber, int StudentID, string Period, DateTime DateStarted, DateTime? DateEnded);

/// <summary>A class calendar of a school (shape not documented).</summary>
public sealed record ClassCalendar(int SchoolCode, int SequenceNumber, int AcademicYear, string Code, string Description);

/// <summary>A meeting date of a class calendar (shape not documented).</summary>
public sealed record ClassCalendarDate(int SchoolCode, int SequenceNumber, DateTime CalendarDate);

/// <summary>A flex period offering (shape not documented).</summary>
public sealed record FlexPeriod(int SchoolCode, int SequenceNumber, int AcademicYear, string Description, int TeacherNumber, int Capacity);
