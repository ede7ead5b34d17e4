using System;
using System.Collections.Generic;

namespace IlluminatePerms.MockAeries.Data;

/// <summary>A school (Aeries table LOC), as <c>GET schools</c> returns it.</summary>
public sealed record School(
    int SchoolCode,
    string Name,
    string InactiveStatusCode,
    string Address,
    string AddressCity,
    string AddressState,
    string AddressZipCode,
    int LowGradeLevel,
    int HighGradeLevel,
    IReadOnlyList<Term> Terms,
    string PrincipalName,
    string PrincipalEmailAddress,
    string PhoneNumber);

/// <summary>A term of a school (Aeries table TRM).</summary>
public sealed record Term(string TermCode, string TermDescription, DateTime StartDate, DateTime EndDate);

/// <summary>The answer of <c>GET systeminfo</c>, the usual connection test; needs no certificate.</summary>
public sealed record SystemInfo(
    string AeriesVersion,
    int DatabaseYear,
    IReadOnlyList<int> AvailableDatabaseYears,
    string LocalTimeZoneName,
    DateTime CurrentDateTime);

/// <summary>The body Aeries sends with every status of 400 and above.</summary>
public sealed record ErrorMessage(string Message);
