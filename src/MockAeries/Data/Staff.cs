using System;
using System.Collections.Generic;

namespace IlluminatePerms.MockAeries.Data;

/// <summary>A staff member (table STF, district-wide) with the fields and types of the Staff Information example.</summary>
public sealed record Staff(
    IReadOnlyList<SchoolAccessPermission> SchoolAccessPermissions,
    IReadOnlyList<ExtendedProperty> ExtendedProperties,
    int ID,
    string FirstName,
    string LastName,
    string MiddleName,
    string Gender,
    int BirthYear,
    DateTime? BirthDate,
    int FullTimePercentage,
    DateTime? HireDate,
    DateTime? LeaveDate,
    string InactiveStatusCode,
    string StateEducatorID,
    string UserName,
    string EmailAddress,
    int PrimaryAeriesSchool,
    string NetworkLoginID,
    string AlternateEmailAddress,
    string HumanResourcesSystemID,
    string CellPhone,
    string NotificationPreferenceCode,
    string Title,
    string PositionStatusCode,
    int TotalYearsOfEduService,
    int TotalYearsInThisDistrict);

/// <summary>A school a staff member may see.</summary>
public sealed record SchoolAccessPermission(int SchoolCode, bool ReadOnlyAccess, bool CommunicationGroup);

/// <summary>A teacher of a school (table TCH), with the fields of the Teacher Information example; the teacher number is per school.</summary>
public sealed record Teacher(
    int ClassCalendarSequenceNumber,
    string ClassCalendar,
    int LowGrade,
    int HighGrade,
    int SchoolCode,
    int TeacherNumber,
    string DisplayName,
    string FirstName,
    string LastName,
    string Room,
    string EmailAddress,
    int StaffID1,
    int StaffID2,
    int StaffID3,
    string StateCourseCode,
    string InactiveStatusCode,
    string NextYearInactiveStatusCode);

/// <summary>A job assignment of a staff member: certificated (Staff Job Assignments) or classified (Staff Assignments (Classified)); shape not documented.</summary>
public sealed record StaffAssignment(int StaffID, int SequenceNumber, int SchoolCode, string JobCode, string JobDescription, string AssignmentType);
