using System;
using System.Collections.Generic;

namespace IlluminatePerms.MockAeries.Data;

/// <summary>A staff member (district-wide, <c>GET staff</c>).</summary>
public sealed record Staff(
    int ID,
    string FirstName,
    string LastName,
    string EmailAddress,
    string UserName,
    DateTime HireDate,
    DateTime? LeaveDate,
    int PrimaryAeriesSchool,
    string InactiveStatusCode,
    IReadOnlyList<SchoolAccessPermission> SchoolAccessPermissions);

/// <summary>A school a staff member may see.</summary>
public sealed record SchoolAccessPermission(int SchoolCode, bool ReadOnlyAccess);

/// <summary>A job assignment of a staff member.</summary>
public sealed record StaffAssignment(int StaffID, int SchoolCode, string JobCode, string JobDescription, bool IsClassified);

/// <summary>A teacher of a school (teacher number is per school).</summary>
public sealed record Teacher(int SchoolCode, int TeacherNumber, int StaffID1, string FirstName, string LastName, string EmailAddress, string Room);
