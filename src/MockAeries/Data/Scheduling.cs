using System;
using System.Collections.Generic;

namespace IlluminatePerms.MockAeries.Data;

/// <summary>A course of the district catalog (Aeries table CRS).</summary>
public sealed record Course(string ID, string Title, string Department, decimal Credit, int LowGrade, int HighGrade);

/// <summary>A section of the master schedule (Aeries table MST).</summary>
public sealed record Section(
    int SchoolCode,
    int SectionNumber,
    string CourseID,
    int Period,
    string Room,
    string Semester,
    int MaxStudents,
    string InactiveStatusCode,
    IReadOnlyList<SectionStaffMember> SectionStaffMembers);

/// <summary>A teacher of a section.</summary>
public sealed record SectionStaffMember(int StaffID, int TeacherNumber, bool IsPrimaryTeacher);

/// <summary>A student in a section's roster (Aeries table SEC).</summary>
public sealed record RosterEntry(int SchoolCode, int SectionNumber, int StudentID, int Period, DateTime DateStarted);

/// <summary>A course request for next year's schedule.</summary>
public sealed record CourseRequest(int StudentID, int SchoolCode, string CourseID, int Priority);

/// <summary>A meeting day of a class.</summary>
public sealed record ClassCalendarDay(int SchoolCode, int SectionNumber, DateTime Date, bool Meets);

/// <summary>A flex period offering.</summary>
public sealed record FlexPeriod(int SchoolCode, int FlexPeriodID, string Description, int TeacherNumber, int Capacity);

/// <summary>A student group.</summary>
public sealed record StudentGroup(int SchoolCode, string GroupCode, string Description, IReadOnlyList<int> StudentIDs);
