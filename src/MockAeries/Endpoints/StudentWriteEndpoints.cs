using System.Collections.Generic;
using System.Linq;
using IlluminatePerms.Contract;
using IlluminatePerms.MockAeries.Data;
using IlluminatePerms.MockAeries.Http;

namespace IlluminatePerms.MockAeries.Endpoints;

/// <summary>
/// The student writes: insert and update of students and addresses, contacts, test scores and the
/// pre-enrollment commands. Each validates its whole body before anything changes; later reads see
/// the change; <see cref="MockAeriesServer.Reset"/> forgets it.
/// </summary>
internal static class StudentWriteEndpoints
{
    public static void Register(HandlerMap map)
    {
        var json = AeriesJson.Context;
        map.Add(AeriesOperationIds.Students.CreateStudentInformationCreate, c => Respond.With(c, InsertStudent(c), json.Student));
        map.Add(AeriesOperationIds.Students.CreateStudentInformationUpdate, c => Respond.With(c, UpdateStudent(c, addressOnly: false), json.ListStudent));
        map.Add(AeriesOperationIds.Students.CreateUpdateAddress, c => Respond.With(c, UpdateStudent(c, addressOnly: true), json.ListStudent));
        map.Add(AeriesOperationIds.Students.CreateContactsCreate, c => Respond.With(c, InsertContact(c), json.Contact));
        map.Add(AeriesOperationIds.Students.UpdateContact, c => Respond.With(c, UpdateContact(c), json.Contact));
        map.Add(AeriesOperationIds.Students.DeleteContact, c => Respond.With(c, DeleteContact(c), json.ListContact));
        map.Add(AeriesOperationIds.Students.UpdateTestScores, c => Respond.With(c, UpdateTestScores(c), json.ListTestRecord));
        map.Add(AeriesOperationIds.Students.UpdateSchoolSupplemental, c => Respond.With(c, UpdateSupplemental(c), json.SupplementalRecord));
        map.Add(AeriesOperationIds.Alerts.SendAlert, c => Respond.With(c, SendAlert(c), json.AlertResult));
        map.Add(AeriesOperationIds.PreEnrollment.PreEnrollStudent, c => Respond.With(c, PreEnroll(c), json.PreEnrollStudentResult));
        map.Add(AeriesOperationIds.PreEnrollment.PreEnrollInactiveStudent, c => Respond.With(c, PreEnrollInactive(c), json.ListStudent));
    }

    private static Student InsertStudent(ApiContext context)
    {
        var school = Lookup.School(context);
        var input = context.Body(AeriesJson.Context.StudentInput);
        if (string.IsNullOrWhiteSpace(input.LastName) || string.IsNullOrWhiteSpace(input.FirstName) || input.Grade is null || input.Birthdate is null)
        {
            throw ApiProblem.BadRequest("LastName, FirstName, Grade and Birthdate are required.");
        }

        var students = Lookup.StudentsOf(context.Data, school.SchoolCode);
        var number = students.Count == 0 ? 1 : students.Max(s => s.StudentNumber) + 1;
        var template = students.Count > 0 ? students[0] : throw ApiProblem.BadRequest($"School {school.SchoolCode} takes no students.");
        var student = Apply(template with
        {
            StudentID = school.SchoolCode * 100000 + number,
            StudentNumber = number,
            StateStudentID = string.Empty,
            FamilyKey = school.SchoolCode * 100000 + number,
            SchoolEnterDate = school.Terms[0].StartDate,
            DistrictEnterDate = school.Terms[0].StartDate,
        }, input, addressOnly: false);
        context.Data.Writes.Write(student);
        return student;
    }

    /// <summary>
    /// Updates every record of the StudentID and answers them as an array, as the article says (the
    /// mock keeps one record per student, so the array has one).
    /// </summary>
    private static List<Student> UpdateStudent(ApiContext context, bool addressOnly)
    {
        var student = Lookup.Student(context);
        var input = context.Body(AeriesJson.Context.StudentInput);
        if (input.Grade is < 0 or > 13)
        {
            throw ApiProblem.BadRequest($"Grade {input.Grade} is not a grade level.");
        }

        if (addressOnly && input.CorrectionOrChange is not (null or "Correction" or "Change"))
        {
            throw ApiProblem.BadRequest($"CorrectionOrChange is \"Correction\" or \"Change\", not \"{input.CorrectionOrChange}\".");
        }

        if (addressOnly && input.CorrectionOrChange == "Change" && input.EffectiveStartDate is null)
        {
            throw ApiProblem.BadRequest("An address change needs its EffectiveStartDate.");
        }

        var updated = Apply(student, input, addressOnly);
        context.Data.Writes.Write(updated);
        return new List<Student> { updated };
    }

    private static Student Apply(Student student, StudentInput input, bool addressOnly)
    {
        var moved = student with
        {
            MailingAddress = input.MailingAddress ?? student.MailingAddress,
            MailingAddressCity = input.MailingAddressCity ?? student.MailingAddressCity,
            MailingAddressState = input.MailingAddressState ?? student.MailingAddressState,
            MailingAddressZipCode = input.MailingAddressZipCode ?? student.MailingAddressZipCode,
            ResidenceAddress = input.ResidenceAddress ?? student.ResidenceAddress,
            ResidenceAddressCity = input.ResidenceAddressCity ?? student.ResidenceAddressCity,
            ResidenceAddressState = input.ResidenceAddressState ?? student.ResidenceAddressState,
            ResidenceAddressZipCode = input.ResidenceAddressZipCode ?? student.ResidenceAddressZipCode,
            MailingAddressZipExt = input.MailingAddressZipExt ?? student.MailingAddressZipExt,
            ResidenceAddressZipExt = input.ResidenceAddressZipExt ?? student.ResidenceAddressZipExt,
        };
        if (addressOnly)
        {
            return moved;
        }

        var grade = input.Grade ?? student.Grade;
        return moved with
        {
            LastName = input.LastName ?? student.LastName,
            FirstName = input.FirstName ?? student.FirstName,
            MiddleName = input.MiddleName ?? student.MiddleName,
            Gender = input.Gender ?? student.Gender,
            Grade = grade,
            GradeLevelShortDescription = GradeNames.Short(grade),
            GradeLevelLongDescription = GradeNames.Long(grade),
            NextGrade = input.NextGrade ?? (input.Grade is null ? student.NextGrade : grade + 1),
            NextSchoolCode = input.NextSchool ?? student.NextSchoolCode,
            InactiveStatusCode = input.InactiveStatusCode ?? student.InactiveStatusCode,
            HomeLanguageCode = input.HomeLanguageCode ?? student.HomeLanguageCode,
            CorrespondenceLanguageCode = input.CorrespondenceLanguageCode ?? input.CorrespondanceLanguageCode ?? student.CorrespondenceLanguageCode,
            LanguageFluencyCode = input.LanguageFluencyCode ?? student.LanguageFluencyCode,
            EthnicityCode = input.EthnicityCode ?? student.EthnicityCode,
            RaceCode1 = input.Race1Code ?? student.RaceCode1,
            RaceCode2 = input.Race2Code ?? student.RaceCode2,
            ParentEdLevelCode = input.ParentEdLevelCode ?? student.ParentEdLevelCode,
            ParentGuardianName = input.ParentGuardianName ?? student.ParentGuardianName,
            Birthdate = input.Birthdate ?? student.Birthdate,
            HomePhone = input.HomePhone ?? student.HomePhone,
            StudentEmailAddress = input.StudentEmailAddress ?? student.StudentEmailAddress,
            ParentEmailAddress = input.ParentEmailAddress ?? student.ParentEmailAddress,
        };
    }

    private static Contact InsertContact(ApiContext context)
    {
        var student = Lookup.Student(context);
        var input = context.Body(AeriesJson.Context.ContactInput);
        if (string.IsNullOrWhiteSpace(input.LastName) || string.IsNullOrWhiteSpace(input.FirstName))
        {
            throw ApiProblem.BadRequest("LastName and FirstName are required.");
        }

        CheckIndicators(input);
        return WriteContacts(context, student, list =>
        {
            var sequence = list.Count == 0 ? 1 : list.Max(c => c.SequenceNumber) + 1;
            var contact = DerivedRecords.GeneratedContactsOf(context.Data, student).First() with
            {
                SequenceNumber = sequence,
                ContactOrder = sequence,
                FirstName = input.FirstName!,
                LastName = input.LastName!,
                MailingName = input.MailingName ?? $"{input.FirstName} {input.LastName}",
                RelationshipToStudentCode = input.RelationshipToStudentCode ?? string.Empty,
                HomePhone = input.HomePhone ?? string.Empty,
                CellPhone = input.CellPhone ?? string.Empty,
                WorkPhone = input.WorkPhone ?? string.Empty,
                EmailAddress = input.EmailAddress ?? string.Empty,
                LivesWithStudentIndicator = input.LivesWithStudentIndicator ?? string.Empty,
                EducationalRightsHolder = input.EducationalRightsHolder ?? string.Empty,
                AccessToPortal = input.AccessToPortal ?? string.Empty,
                PrimaryContact = string.Empty,
                EnrolledTheStudentIndicator = string.Empty,
                RecordAddedDate = context.Data.SchoolIndex[student.SchoolCode].Terms[0].StartDate,
            };
            list.Add(contact);
            return contact;
        });
    }

    /// <summary>
    /// Upserts test scores as the article says (matched on StudentID, TestID, TestPart and
    /// TestingAdministration) and answers the records it added or changed; validated whole first.
    /// </summary>
    private static List<TestRecord> UpdateTestScores(ApiContext context)
    {
        var scores = context.Body(AeriesJson.Context.ListTestScoreInput);
        var students = new List<Student>();
        foreach (var score in scores)
        {
            if (string.IsNullOrWhiteSpace(score.TestID) || score.TestPart is null || score.TestingAdministration is null || score.TestDate is null)
            {
                throw ApiProblem.BadRequest($"Each score needs its TestID, TestPart, TestingAdministration and TestDate (student {score.StudentID}); no score was changed.");
            }

            var student = context.Data.Writes.Student(score.StudentID) ?? (context.Data.StudentIndex.TryGetValue(score.StudentID, out var s) ? s : null)
                ?? throw ApiProblem.BusinessRule($"Student {score.StudentID} does not exist; no score was changed.");
            students.Add(student);
        }

        var changed = new List<TestRecord>();
        for (var i = 0; i < scores.Count; i++)
        {
            var (score, student) = (scores[i], students[i]);
            changed.Add(context.Data.Writes.WriteList(RecordKinds.Tests, student.StudentID, () => DerivedRecords.GeneratedTestsOf(context.Data, student), list =>
            {
                var part = score.TestPart!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
                var index = list.FindIndex(t => t.TestID == score.TestID && t.TestPart == part && t.TestingAdministration == score.TestingAdministration);
                var values = ScoresOf(score);
                var record = index >= 0
                    ? list[index] with { Scores = values, TestDate = score.TestDate!.Value, TestTypeCode = score.TestTypeCode ?? list[index].TestTypeCode, TestSourceCode = score.TestSourceCode ?? list[index].TestSourceCode }
                    : new TestRecord(
                        student.StudentID, values, list.Count == 0 ? 1 : list.Max(t => t.SequenceNumber) + 1, score.TestID!, part, score.TestID!, student.Grade,
                        score.TestingAdministration!, score.TestDate!.Value, score.TestTypeCode ?? string.Empty, score.TestSourceCode ?? string.Empty);
                if (index >= 0)
                {
                    list[index] = record;
                }
                else
                {
                    list.Add(record);
                }

                return record;
            }));
        }

        return changed;
    }

    /// <summary>The record's Scores: one {Type, Score} per nonzero score of the update, as the Test Scores field documentation says.</summary>
    private static List<TestScoreValue> ScoresOf(TestScoreInput score)
    {
        var all = new (string Type, decimal? Value)[]
        {
            ("RawScore", score.RawScore), ("ScaleScore", score.ScaleScore), ("PerformanceLevel", score.PerformanceLevel), ("Other", score.Other),
            ("GradeEquivalency", score.GradeEquivalency), ("Percentile", score.Percentile), ("PercentCorrect", score.PercentCorrect), ("Stanine", score.Stanine),
            ("CurveEquivalent", score.CurveEquivalent), ("Rubric", score.Rubric),
        };
        return all.Where(s => s.Value is { } value && value != 0).Select(s => new TestScoreValue(s.Type, s.Value!.Value)).ToList();
    }

    /// <summary>
    /// Changes school supplemental columns of the student with the path's student number. The
    /// article's example body is <c>{"Columns": {"ColumnCode": "PI", "NewValue": "Test"}}</c>: one
    /// column as an object; an array of them is read too.
    /// </summary>
    private static SupplementalRecord UpdateSupplemental(ApiContext context)
    {
        var number = context.Int("StudentNumber");
        var student = Lookup.StudentsOf(context).FirstOrDefault(s => s.StudentNumber == number) ?? throw ApiProblem.NotFound($"Student number {number} does not exist at school {Lookup.School(context).SchoolCode}.");
        var changes = SupplementalChanges.Read(context);
        var columns = context.Data.Writes.WriteList(RecordKinds.SchoolSupplemental, student.StudentID, () => DerivedRecords.GeneratedSupplementalOf(context.Data, student, district: false).Columns, list =>
        {
            foreach (var change in changes)
            {
                if (!list.Any(c => c.ColumnCode == change.ColumnCode))
                {
                    throw ApiProblem.BadRequest($"'{change.ColumnCode}' is not a supplemental column of school {student.SchoolCode}; nothing was changed.");
                }
            }

            foreach (var change in changes)
            {
                var index = list.FindIndex(c => c.ColumnCode == change.ColumnCode);
                list[index] = list[index] with { Value = change.NewValue ?? string.Empty };
            }

            return list.ToList();
        });
        return new SupplementalRecord(student.StudentID, columns);
    }

    private static AlertResult SendAlert(ApiContext context)
    {
        var alert = context.Text("Alert");
        using var body = context.BodyDocument();
        return body.RootElement.ValueKind == System.Text.Json.JsonValueKind.Object
            ? new AlertResult(alert, body.RootElement.TryGetProperty("StudentIDs", out var ids) && ids.ValueKind == System.Text.Json.JsonValueKind.Array ? ids.GetArrayLength() : 1, "Sent")
            : throw ApiProblem.BadRequest("The alert body must be a JSON object.");
    }

    /// <summary>
    /// Pre-Enroll Student: the student's record and a pre-enrolled copy (InactiveStatusCode "*", as the
    /// article's example) at its NextSchoolCode, with the log line the article shows. A student without
    /// a next school is logged as not copied, as the article says to look in LogDetails.
    /// </summary>
    private static PreEnrollStudentResult PreEnroll(ApiContext context)
    {
        var student = Lookup.Student(context);
        if (!context.Data.SchoolIndex.ContainsKey(student.NextSchoolCode))
        {
            var failed = new PreEnrollLogDetail(student.StudentID, student.SchoolCode, student.StudentNumber, student.Grade, student.NextGrade, student.NextSchoolCode, 0, "No", $"Next school {student.NextSchoolCode} does not exist.");
            return new PreEnrollStudentResult(new[] { failed }, new[] { student });
        }

        var copy = PreEnrolledCopy(context, student, student.NextSchoolCode);
        var log = new PreEnrollLogDetail(student.StudentID, student.SchoolCode, student.StudentNumber, student.Grade, student.NextGrade, student.NextSchoolCode, copy.StudentNumber, "Yes", string.Empty);
        return new PreEnrollStudentResult(new[] { log }, new[] { student, copy });
    }

    /// <summary>
    /// Pre-Enroll Inactive Student: every record of the student, the new pre-enrolled one included.
    /// The article's errors are 500: an unknown student ("Invalid Student ID") or next school
    /// ("Invalid Next School Code"). [assumed] The mock's students are all active, so "Student has
    /// an active record" is not modelled.
    /// </summary>
    private static List<Student> PreEnrollInactive(ApiContext context)
    {
        var next = context.Int("NextSchoolCode");
        Student student;
        try
        {
            student = Lookup.Student(context);
        }
        catch (ApiProblem problem) when (problem.StatusCode == 404)
        {
            throw new ApiProblem(500, "Invalid Student ID");
        }

        if (!context.Data.SchoolIndex.ContainsKey(next))
        {
            throw new ApiProblem(500, "Invalid Next School Code");
        }

        return new List<Student> { student, PreEnrolledCopy(context, student, next) };
    }

    private static Student PreEnrolledCopy(ApiContext context, Student student, int school)
    {
        var copy = student with { SchoolCode = school, StudentNumber = context.Data.StudentsOf(school).Max(s => s.StudentNumber) + 1, InactiveStatusCode = "*", NextSchoolCode = school };
        context.Data.Writes.Write(student with { NextSchoolCode = school });
        return copy;
    }

    private static Contact UpdateContact(ApiContext context)
    {
        var student = Lookup.Student(context);
        var sequence = context.Int("SequenceNumber");
        var input = context.Body(AeriesJson.Context.ContactInput);
        CheckIndicators(input);
        return WriteContacts(context, student, list =>
        {
            var index = list.FindIndex(c => c.SequenceNumber == sequence);
            if (index < 0)
            {
                throw ApiProblem.NotFound($"Student {student.StudentID} has no contact {sequence}.");
            }

            var old = list[index];
            list[index] = old with
            {
                FirstName = input.FirstName ?? old.FirstName,
                LastName = input.LastName ?? old.LastName,
                MailingName = input.MailingName ?? old.MailingName,
                RelationshipToStudentCode = input.RelationshipToStudentCode ?? old.RelationshipToStudentCode,
                HomePhone = input.HomePhone ?? old.HomePhone,
                CellPhone = input.CellPhone ?? old.CellPhone,
                WorkPhone = input.WorkPhone ?? old.WorkPhone,
                EmailAddress = input.EmailAddress ?? old.EmailAddress,
                LivesWithStudentIndicator = input.LivesWithStudentIndicator ?? old.LivesWithStudentIndicator,
                EducationalRightsHolder = input.EducationalRightsHolder ?? old.EducationalRightsHolder,
                AccessToPortal = input.AccessToPortal ?? old.AccessToPortal,
            };
            return list[index];
        });
    }

    /// <summary>Deletes a contact and answers the student's remaining contacts, as the article says.</summary>
    private static List<Contact> DeleteContact(ApiContext context)
    {
        var student = Lookup.Student(context);
        var sequence = context.Int("SequenceNumber");
        return WriteContacts(context, student, list =>
            list.RemoveAll(c => c.SequenceNumber == sequence) == 0
                ? throw ApiProblem.NotFound($"Student {student.StudentID} has no contact {sequence}.")
                : list.ToList());
    }

    private static T WriteContacts<T>(ApiContext context, Student student, System.Func<List<Contact>, T> write)
        => context.Data.Writes.WriteList(RecordKinds.Contacts, student.StudentID, () => DerivedRecords.GeneratedContactsOf(context.Data, student), write);

    private static void CheckIndicators(ContactInput input)
    {
        foreach (var flag in new[] { input.LivesWithStudentIndicator, input.EducationalRightsHolder, input.AccessToPortal })
        {
            if (flag is not (null or "" or "Y" or "N"))
            {
                throw ApiProblem.BadRequest($"Indicators are \"Y\", \"N\" or \"\", not \"{flag}\".");
            }
        }
    }
}
