using System;
using System.Text.Json.Serialization;

namespace IlluminatePerms.MockAeries.Data;

/// <summary>
/// The body of a student insert or update (the article's StudentInsert, StudentUpdate and
/// StudentAddressUpdate objects, the fields the mock keeps): the ones left out keep their value.
/// CorrespondanceLanguageCode is Aeries' PowerShell module's spelling of CorrespondenceLanguageCode.
/// </summary>
internal sealed record StudentInput(
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
    string? ResidenceAddressZipCode,
    string? MailingAddressZipExt = null,
    string? ResidenceAddressZipExt = null,
    string? CorrectionOrChange = null,
    [property: JsonConverter(typeof(LenientDateConverter))] DateTime? EffectiveStartDate = null,
    int? NextGrade = null,
    int? NextSchool = null,
    string? InactiveStatusCode = null,
    string? HomeLanguageCode = null,
    string? CorrespondenceLanguageCode = null,
    string? CorrespondanceLanguageCode = null,
    string? LanguageFluencyCode = null,
    string? EthnicityCode = null,
    string? Race1Code = null,
    string? Race2Code = null,
    string? ParentEdLevelCode = null,
    string? ParentGuardianName = null);

/// <summary>The body of a contact insert or update.</summary>
internal sealed record ContactInput(
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
internal sealed record StaffInput(
    int? ID,
    string? FirstName,
    string? LastName,
    string? EmailAddress,
    string? UserName,
    int? PrimaryAeriesSchool,
    string? Title,
    [property: JsonConverter(typeof(LenientDateConverter))] DateTime? HireDate);

/// <summary>
/// One TestScoreUpdate of the test score update body, with the article's fields: StudentID, TestID,
/// TestPart, TestingAdministration and TestDate are required, the scores optional.
/// </summary>
internal sealed record TestScoreInput(
    int StudentID,
    string? TestID,
    short? TestPart,
    string? TestingAdministration,
    [property: JsonConverter(typeof(LenientDateConverter))] DateTime? TestDate,
    short? RawScore,
    int? PercentCorrect,
    int? PerformanceLevel,
    string? TestTypeCode,
    string? TestSourceCode,
    short? ScaleScore,
    short? Other,
    short? GradeEquivalency,
    short? Percentile,
    short? Stanine,
    short? CurveEquivalent,
    short? Rubric);
