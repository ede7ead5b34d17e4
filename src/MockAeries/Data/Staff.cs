using System;
using System.Collections.Generic;

namespace IlluminatePerms.MockAeries.Data;

/// <summary>A staff member (table STF, district-wide) with the fields and types of the Staff Information example.</summary>
internal sealed record Staff(
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
internal sealed record SchoolAccessPermission(int SchoolCode, bool ReadOnlyAccess, bool CommunicationGroup);

/// <summary>A teacher of a school (table TCH), with the fields of the Teacher Information example; the teacher number is per school.</summary>
internal sealed record Teacher(
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

/// <summary>
/// A job assignment of a staff member, with the fields of the Staff-related article's example
/// ("StaffJobAssignment"): AssignmentType "certificated" (Staff Job Assignments) or "classified"
/// (Staff Assignments (Classified)), numbered per type.
/// </summary>
internal sealed record StaffAssignment(
    string AssignmentType,
    int ID,
    int SequenceNumber,
    string JobClassificationCode,
    double FullTimePercentage,
    string NonClassroomBasedJobAssignmentCode1,
    string NonClassroomBasedJobAssignmentCode2,
    string NonClassroomBasedJobAssignmentCode3,
    string NonClassroomBasedJobAssignmentCode4,
    string NonClassroomBasedJobAssignmentCode5,
    string NonClassroomBasedJobAssignmentCode6,
    string NonClassroomBasedJobAssignmentCode7,
    int SchoolCode,
    DateTime StartDate,
    DateTime? EndDate);

/// <summary>
/// The body of a staff assignment insert or update ("StaffJobAssignmentUpdate"). The article's object
/// table names the codes <c>JobClassification</c> and <c>NonClassroomBasedJobAssignment1</c>-7 (as
/// Aeries' PowerShell module sends them), its example payload <c>JobClassificationCode</c> and
/// <c>NonClassroomBasedJobAssignmentCode1</c>-7: both are read.
/// </summary>
internal sealed record StaffAssignmentInput(
    string? AssignmentType,
    string? JobClassification,
    string? JobClassificationCode,
    double? FullTimePercentage,
    string? NonClassroomBasedJobAssignment1,
    string? NonClassroomBasedJobAssignment2,
    string? NonClassroomBasedJobAssignment3,
    string? NonClassroomBasedJobAssignment4,
    string? NonClassroomBasedJobAssignment5,
    string? NonClassroomBasedJobAssignment6,
    string? NonClassroomBasedJobAssignment7,
    string? NonClassroomBasedJobAssignmentCode1,
    string? NonClassroomBasedJobAssignmentCode2,
    string? NonClassroomBasedJobAssignmentCode3,
    string? NonClassroomBasedJobAssignmentCode4,
    string? NonClassroomBasedJobAssignmentCode5,
    string? NonClassroomBasedJobAssignmentCode6,
    string? NonClassroomBasedJobAssignmentCode7,
    int? SchoolCode,
    [property: System.Text.Json.Serialization.JsonConverter(typeof(LenientDateConverter))] DateTime? StartDate,
    [property: System.Text.Json.Serialization.JsonConverter(typeof(LenientDateConverter))] DateTime? EndDate);
