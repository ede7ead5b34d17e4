using System;
using System.Text.Json.Serialization;

namespace IlluminatePerms.MockAeries.Data;

/// <summary>The body of a student insert or update: the fields a vendor sets; the ones left out keep their value.</summary>
public sealed record StudentInput(
    string? LastName,
    string? FirstName,
    string? MiddleName,
    string? Gender,
    int? Grade,
    [property: JsonConverter(typeof(LenientDateConverter))] DateTime? Birthdate,
    string? HomePhone,
    string? StudentEmailAddress,
    string? ParentEmailAddress,
    string? MailingAddress,
    string? MailingAddressCity,
    string? MailingAddressState,
    string? MailingAddressZipCode,
    string? ResidenceAddress,
    string? ResidenceAddressCity,
    string? ResidenceAddressState,
    string? ResidenceAddressZipCode);

/// <summary>The body of a contact insert or update.</summary>
public sealed record ContactInput(
    string? FirstName,
    string? LastName,
    string? RelationshipToStudentCode,
    string? HomePhone,
    string? CellPhone,
    string? WorkPhone,
    string? EmailAddress,
    string? LivesWithStudentIndicator,
    string? EducationalRightsHolder,
    string? AccessToPortal,
    string? MailingName);

/// <summary>The body of a staff insert or update.</summary>
public sealed record StaffInput(
    int? ID,
    string? FirstName,
    string? LastName,
    string? EmailAddress,
    string? UserName,
    int? PrimaryAeriesSchool,
    string? Title,
    [property: JsonConverter(typeof(LenientDateConverter))] DateTime? HireDate);

/// <summary>A test score of the test score update body.</summary>
public sealed record TestScoreInput(int StudentID, string? TestID, string? TestPart, decimal? Score);
