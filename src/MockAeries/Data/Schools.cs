using System;
using System.Collections.Generic;

namespace IlluminatePerms.MockAeries.Data;

/// <summary>A school (table LOC), with the fields and types of the School Information example.</summary>
internal sealed record School(
    int SchoolCode,
    string Name,
    string ShortName,
    string InactiveStatusCode,
    string Address,
    string AddressCity,
    string AddressState,
    string AddressZipCode,
    string AddressZipExt,
    bool DoNotReport,
    string StateCountyID,
    string StateDistrictID,
    string StateSchoolID,
    int LowGradeLevel,
    int HighGradeLevel,
    string PrincipalName,
    string PrincipalEmailAddress,
    int AttendancePeriod,
    int Tracks,
    string ScheduleType,
    string SessionType,
    string AttendanceType,
    string AttendanceReporting,
    string ScheduleBasis,
    string PhoneNumber,
    string SchoolWebsite,
    IReadOnlyList<Term> Terms);

/// <summary>A term of a school (table TRM), as nested in a school and as <c>schools/{sc}/terms</c> lists it.</summary>
internal sealed record Term(
    DateTime? FirstHalfEndDate,
    DateTime? SecondHalfStartDate,
    IReadOnlyList<Term> TrackTerms,
    string TermCode,
    string TermDescription,
    DateTime StartDate,
    DateTime EndDate);

/// <summary>
/// <c>GET systeminfo</c>, the first call a client makes; needs no certificate. Years are the
/// documented 9-character strings ("2026-2027"); the time carries the server's UTC offset.
/// </summary>
internal sealed record SystemInfo(
    string AeriesVersion,
    string DatabaseYear,
    IReadOnlyList<string> AvailableDatabaseYears,
    string LocalTimeZoneName,
    DateTimeOffset CurrentDateTime);

/// <summary>The body Aeries sends with every status of 400 and above.</summary>
internal sealed record ErrorMessage(string Message);

/// <summary>A period of a school's bell schedule (shape not documented).</summary>
internal sealed record BellSchedulePeriod(int SchoolCode, string ScheduleCode, DateTime Date, string Period, string StartTime, string EndTime);

/// <summary>A school's calendar (shape not documented): the school days of the year.</summary>
internal sealed record SchoolCalendar(int SchoolCode, IReadOnlyList<CalendarDay> CalendarDays);

/// <summary>A day of a school's calendar (shape not documented).</summary>
internal sealed record CalendarDay(DateTime CalendarDate, bool IsSchoolDay, string DayType);

/// <summary>An absence code of a school (table ABS; shape not documented).</summary>
internal sealed record AbsenceCode(int SchoolCode, string Code, string Description, bool IsExcused, string StateReportingCode);

/// <summary>One code of a code set (<c>codes/{Table}/{Field}</c> answers a list of them; shape not documented).</summary>
internal sealed record CodeValue(string Code, string Description);

/// <summary>A student group of a school with the fields of the Student Groups example: its members and staff nested, by Id.</summary>
internal sealed record StudentGroup(
    IReadOnlyList<StudentGroupMember> Students,
    IReadOnlyList<StudentGroupStaff> Staff,
    int GroupId,
    string Name,
    string Description,
    DateTime? ExpirationDate,
    int SchoolCode,
    bool IsCommunicationGroup,
    bool ConfidentialGroup);

/// <summary>A student of a group (the example spells it StudentId).</summary>
internal sealed record StudentGroupMember(int StudentId);

/// <summary>A staff member of a group (the example spells it StaffId).</summary>
internal sealed record StudentGroupStaff(int StaffId);
