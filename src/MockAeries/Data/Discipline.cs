using System;
using System.Collections.Generic;

namespace IlluminatePerms.MockAeries.Data;

/// <summary>A student's Discipline records (minor infractions, table DIS), nested as the Discipline example shows.</summary>
internal sealed record DisciplineRecord(int StudentID, IReadOnlyList<DisciplineIncident> Disciplines);

/// <summary>One Discipline incident with the example's fields.</summary>
internal sealed record DisciplineIncident(
    int SequenceNumber,
    DateTime IncidentDate,
    string ViolationCode1,
    string Comment,
    int SchoolOfIncidentCode,
    int StaffID,
    string UserCreated,
    string LastUpdateBy,
    DateTime LastUpdateDate,
    string Status,
    DateTime? ExactTime,
    string Location,
    string PossibleMotivation,
    string Consequence,
    DateTime DateTimestamp);

/// <summary>A student's Assertive Discipline records (incidents with punitive action, table ADS), nested as the Assertive Discipline example shows.</summary>
internal sealed record AssertiveDisciplineRecord(int StudentID, IReadOnlyList<AssertiveDisciplineIncident> AssertiveDisciplines);

/// <summary>One Assertive Discipline incident with the example's fields; the numbered codes are blank unless set.</summary>
internal sealed record AssertiveDisciplineIncident(
    IReadOnlyList<AdministrativeDecision> AdministrativeDecisions,
    string ShortDescription,
    int StaffReferral,
    string ReferredByOther,
    int SequenceNumber,
    DateTime IncidentDate,
    int IncidentID,
    DateTime? ExactTime,
    string ApproximateTimeCode,
    int SchoolOfIncidentCode,
    string LocationCode,
    string PossibleMotivationCode,
    string WeaponTypeCode,
    decimal Demerits,
    string Initials,
    string InstructionalSupportIndicator,
    string Comment,
    bool IsSubstituteTeacherReferral,
    string ViolationCode1)
{
    /// <summary>Second violation of the incident.</summary>
    public string ViolationCode2 { get; init; } = string.Empty;

    /// <summary>Third violation.</summary>
    public string ViolationCode3 { get; init; } = string.Empty;

    /// <summary>Fourth violation.</summary>
    public string ViolationCode4 { get; init; } = string.Empty;

    /// <summary>Fifth violation.</summary>
    public string ViolationCode5 { get; init; } = string.Empty;

    /// <summary>First intervention tried before the referral.</summary>
    public string PreReferralInterventionCode1 { get; init; } = string.Empty;

    /// <summary>Second intervention tried before the referral.</summary>
    public string PreReferralInterventionCode2 { get; init; } = string.Empty;

    /// <summary>Third intervention tried before the referral.</summary>
    public string PreReferralInterventionCode3 { get; init; } = string.Empty;

    /// <summary>User-defined code 1.</summary>
    public string UserCode1 { get; init; } = string.Empty;

    /// <summary>User-defined code 2.</summary>
    public string UserCode2 { get; init; } = string.Empty;

    /// <summary>User-defined code 3.</summary>
    public string UserCode3 { get; init; } = string.Empty;

    /// <summary>User-defined code 4.</summary>
    public string UserCode4 { get; init; } = string.Empty;

    /// <summary>User-defined code 5.</summary>
    public string UserCode5 { get; init; } = string.Empty;

    /// <summary>User-defined code 6.</summary>
    public string UserCode6 { get; init; } = string.Empty;

    /// <summary>User-defined code 7.</summary>
    public string UserCode7 { get; init; } = string.Empty;

    /// <summary>User-defined code 8.</summary>
    public string UserCode8 { get; init; } = string.Empty;
}

/// <summary>A disposition (table DSP) of an Assertive Discipline incident, with the example's fields.</summary>
internal sealed record AdministrativeDecision(
    int StudentID,
    decimal AssignedDays,
    decimal AssignedHours,
    DateTime? AssignedStartDate,
    DateTime? AssignedEndDate,
    DateTime? AssignedReturnDate,
    string ReasonForDifferenceCode,
    int DisciplinaryAssignmentSchoolCode,
    DateTime? ActionDecisionDate,
    int SequenceNumber,
    string DispositionCode,
    decimal Days,
    decimal Hours,
    DateTime? StartDate,
    DateTime? EndDate,
    DateTime? ReturnDate,
    string ReturnStatusCode,
    string ReturnLocationCode,
    string ActionAuthorityCode,
    string PlacementCode,
    string ResultCode,
    string SuspensionTagCode);
