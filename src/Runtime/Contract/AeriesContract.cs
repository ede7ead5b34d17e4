using System;
using System.Collections.Generic;
using IlluminatePerms.Grants;

namespace IlluminatePerms.Contract;

/// <summary>
/// Every Aeries v5 operation IlluminatePerms knows, with the permission each needs: the one source of
/// truth about endpoints. The area catalog takes its probes from it, the mock its routes and security,
/// the typed client its methods and the checker its probes.
/// </summary>
/// <remarks>
/// Sources: Aeries' endpoint articles (each operation names its article and the <see cref="ContractSource"/>
/// of its facts). Where an article shows an endpoint without its permission or access level, the
/// operation says so in <see cref="AeriesOperation.Note"/>; docs/aeries-assumptions.md lists them.
/// </remarks>
#if BUILDING_SOURCE_GENERATOR
internal static partial class AeriesContract
#else
public static partial class AeriesContract
#endif
{
    private const string Request = "Aeries API - Building a Request";
    private const string School = "School-related end points";
    private const string Student = "Student-related end points";
    private const string Grades = "Student Grades-related end points";
    private const string Attendance = "Attendance and Enrollment-related end points";
    private const string Staff = "Staff-related end points";
    private const string Scheduling = "Scheduling-related end points";
    private const string Gradebook = "Gradebook-related end points";
    private const string PreEnroll = "Pre-Enroll Students";
    private const string Alerts = "Alerts";

    private static readonly AeriesOperation[] Operations = Build();

    private static readonly Dictionary<string, AeriesOperation> ById = IndexById(Operations);

    private static readonly AreaFacts[] FactsByOrder = ComputeAreaFacts(Operations);

    /// <summary>Every operation, grouped by article.</summary>
    public static IReadOnlyList<AeriesOperation> All => Operations;

    /// <summary>The operation with the id <paramref name="id"/>.</summary>
    /// <exception cref="KeyNotFoundException">No operation has that id.</exception>
    public static AeriesOperation Get(string id)
        => ById.TryGetValue(id, out var operation) ? operation : throw new KeyNotFoundException($"The Aeries contract has no operation '{id}'.");

    /// <summary>The operations whose <see cref="AeriesOperation.RequiredGrant"/> is on <paramref name="area"/>, in contract order.</summary>
    public static IReadOnlyList<AeriesOperation> ForArea(AeriesArea area) => Facts(area).Operations;

    /// <summary>
    /// The operation that tells whether a certificate can read <paramref name="area"/>: a GET without
    /// side effects that needs exactly Read on that area and nothing else, with the fewest
    /// identifiers to find; null when there is none.
    /// </summary>
    public static AeriesOperation? ProbeFor(AeriesArea area) => Facts(area).Probe;

    /// <summary>Why <paramref name="area"/> cannot be checked by calling the API; null when it has a probe.</summary>
    public static string? NotVerifiableReason(AeriesArea area) => Facts(area).NotVerifiableReason;

    /// <summary>Read, plus every access level an operation needs on <paramref name="area"/>.</summary>
    public static AeriesAccess AccessUsedOn(AeriesArea area) => Facts(area).SupportedAccess;

    /// <summary>How a check can verify Read on <paramref name="area"/>: by its probe, inferred from shared rows, or not at all (and why).</summary>
    public static AreaVerification VerificationOf(AeriesArea area) => Facts(area).Verification;

    private static AreaFacts Facts(AeriesArea area)
    {
        if (area is null)
        {
            throw new ArgumentNullException(nameof(area));
        }

        return FactsByOrder[area.Order];
    }

    private static Dictionary<string, AeriesOperation> IndexById(AeriesOperation[] operations)
    {
        var index = new Dictionary<string, AeriesOperation>(StringComparer.Ordinal);
        foreach (var operation in operations)
        {
            index.Add(operation.Id, operation);
        }

        return index;
    }

    private static AreaFacts[] ComputeAreaFacts(AeriesOperation[] operations)
    {
        var facts = new AreaFacts[AreaCatalog.All.Count];
        foreach (var area in AreaCatalog.All)
        {
            var used = new List<AeriesOperation>();
            var access = AeriesAccess.Read;
            AeriesOperation? probe = null;
            AeriesOperation? rowsOf = null;
            foreach (var operation in operations)
            {
                if (operation.RequiredGrant is { } grant && ReferenceEquals(grant.Area, area))
                {
                    used.Add(operation);
                    access |= grant.Access;
                    if (operation.IsReadOf(area) && (probe is null || DiscoveryCost(operation) < DiscoveryCost(probe)))
                    {
                        probe = operation;
                    }
                }
                else if (Contains(operation.RowAreas, area))
                {
                    // A write whose rows may be of this area (a classified staff assignment) uses its level too.
                    access |= operation.RequiredGrant?.Access ?? AeriesAccess.None;
                    rowsOf ??= operation;
                }
            }

            var reason = probe is null ? ReasonWithoutProbe(area, used, rowsOf) : null;
            facts[area.Order] = new AreaFacts(used, access, probe, reason, Verification(area, probe, rowsOf, reason));
        }

        return facts;
    }

    /// <summary>
    /// A probe proves its area unless its rows span several areas (the programs read): then, as for the
    /// row areas without a probe of their own, rows of the area's kind only suggest the grant.
    /// </summary>
    private static AreaVerification Verification(AeriesArea area, AeriesOperation? probe, AeriesOperation? rowsOf, string? reason)
    {
        var sharedRead = probe is not null && Contains(probe.RowAreas, area) ? probe
            : probe is null && rowsOf is { Method: "GET", HasSideEffects: false } ? rowsOf
            : null;
        if (sharedRead is not null)
        {
            return new AreaVerification(
                AreaVerificationKind.Inferred,
                sharedRead,
                $"inferred from the answer of {sharedRead}: {area.Name} rows in it suggest Read (rests on an undocumented assumption: no article says Aeries filters these rows by permission)");
        }

        return probe is not null
            ? new AreaVerification(AreaVerificationKind.Probe, probe, $"probe: {probe}")
            : new AreaVerification(AreaVerificationKind.NotVerifiable, null, $"not verifiable: {reason}");
    }

    /// <summary>
    /// How much a probe must find or read before it answers, in half identifiers: the school code is
    /// free (the schools endpoint needs no permission), an optional trailing identifier half (it can
    /// be filled with one record, or left out), any other a whole one. Reading a whole school's
    /// records, or rows that belong to several areas, costs more than finding one identifier.
    /// </summary>
    private static int DiscoveryCost(AeriesOperation operation)
    {
        var cost = operation.ReturnsWholeSchool || operation.RowAreas.Count > 0 ? 4 : 0;
        foreach (var parameter in operation.Parameters)
        {
            if (parameter == "SchoolCode")
            {
                continue;
            }

            cost += parameter == operation.OptionalParameter ? 1 : 2;
        }

        return cost;
    }

    private static string ReasonWithoutProbe(AeriesArea area, List<AeriesOperation> used, AeriesOperation? rowsOf)
    {
        if (rowsOf is not null)
        {
            return $"Aeries returns {area.Name} rows through {rowsOf.Method} {rowsOf.PathTemplate} together with other program areas; the article does not say whether a certificate without {area.Name} is refused or just sees fewer rows, so only rows of that kind prove it.";
        }

        if (used.Count > 0)
        {
            return $"Only writes or commands use {area.Name} ({used[0]}): proving them would change the district's data.";
        }

        return $"No documented Aeries endpoint needs {area.Name}, so calling the API cannot show whether it is granted.";
    }

    private static bool Contains(IReadOnlyList<AeriesArea> areas, AeriesArea area)
    {
        foreach (var candidate in areas)
        {
            if (ReferenceEquals(candidate, area))
            {
                return true;
            }
        }

        return false;
    }

    private static AeriesOperation[] Build()
    {
        const AeriesAccess R = AeriesAccess.Read;
        const AeriesAccess U = AeriesAccess.Update;
        const AeriesAccess I = AeriesAccess.Insert;
        const AeriesAccess D = AeriesAccess.Delete;
        const AeriesResponseKind None = AeriesResponseKind.Empty;
        const ContractSource Inferred = ContractSource.ArticleInferred;
        const AeriesResponseKind Obj = AeriesResponseKind.Object;
        const AeriesResponseKind Arr = AeriesResponseKind.Array;

        static Grant Needs(string area, AeriesAccess access) => new(AreaCatalog.Get(area), access);
        static ClientMethod One(string name, string record, string summary, params ClientParameter[] parameters) => new(name, ClientAnswer.One, record, summary, parameters);
        static ClientMethod List(string name, string record, string summary, params ClientParameter[] parameters) => new(name, ClientAnswer.List, record, summary, parameters);
        static ClientMethod Page(string name, string record, string summary, params ClientParameter[] parameters) => new(name, ClientAnswer.Page, record, summary, parameters);
        static ClientMethod Stream(string name, string record, string summary, params ClientParameter[] parameters) => new(name, ClientAnswer.Stream, record, summary, parameters);
        static ClientMethod Written(string name, string record, ClientBody body, string summary, params ClientParameter[] parameters) => new(name, ClientAnswer.Written, record, summary, parameters, body);
        static ClientMethod Deleted(string name, string summary, params ClientParameter[] parameters) => new(name, ClientAnswer.Deleted, string.Empty, summary, parameters);
        static ClientBody Body(string type, string name, string doc) => new(type, name, doc);
        static ClientParameter Param(string placeholder, string? type = null, string? name = null, string? doc = null, bool required = false, bool omitted = false)
            => new(placeholder, type, name, doc, required, omitted);
        var programAreas = new[] { "Special Programs", "Special Education", "Free and Reduced", "GATE" };

        return new[]
        {
            // Building a request / schools: systeminfo needs no certificate; schools, terms and
            // code sets need a valid certificate but no permission.
            new AeriesOperation("system.get_aeries_installation_information", "GET", "systeminfo", null, Obj, Request, requiresCertificate: false,
                client: new[] { One("GetSystemInfoAsync", "SystemInfo", "The Aeries version and database years.") }),
            new AeriesOperation("schools.get_school_information", "GET", "schools/{SchoolCode?}", null, Obj, School,
                client: new[] { List("GetSchoolsAsync", "School", "Schools: one when a school code is given, else every school of the district.") }),
            new AeriesOperation("schools.get_school_terms", "GET", "schools/{SchoolCode}/terms", null, Arr, School,
                client: new[] { List("GetTermsAsync", "Term", "A school's terms.") }),
            new AeriesOperation("schools.get_school_calendar", "GET", "schools/{SchoolCode}/calendar", Needs("Calendar", R), Obj, School,
                client: new[] { One("GetCalendarAsync", "AeriesRecord", "A school's calendar.") }),
            new AeriesOperation("schools.get_bell_schedule", "GET", "schools/{SchoolCode}/BellSchedule", Needs("Bell Schedule", R), Arr, School,
                client: new[] { List("GetBellScheduleAsync", "AeriesRecord", "A school's bell schedule.") }),
            new AeriesOperation("schools.get_bell_schedule_date_date", "GET", "schools/{SchoolCode}/BellSchedule/date/{Date}", Needs("Bell Schedule", R), Arr, School,
                client: new[] { List("GetBellScheduleOnDateAsync", "AeriesRecord", "A school's bell schedule on one date.", Param("Date", type: "DateOnly")) }),
            new AeriesOperation("schools.get_absence_codes", "GET", "schools/{SchoolCode}/AbsenceCodes/{AbsenceCode?}", Needs("Absence Code Table", R), Obj, School,
                note: "Leaving out the absence code to list them all is assumed, as for the other code tables.",
                client: new[] { List("GetAbsenceCodesAsync", "AeriesRecord", "A school's absence codes: one when a code is given, else all.", Param("AbsenceCode", type: "string")) }),
            new AeriesOperation("schools.get_code_sets", "GET", "codes/{Table}/{Field}", null, Arr, School,
                client: new[] { List("GetCodeSetAsync", "AeriesRecord", "The codes of a table field.", Param("Table", type: "string"), Param("Field", type: "string")) }),

            // Alerts (beta): the article shows the body, not the method or level.
            new AeriesOperation("alerts.send_alert", "POST", "SendAlert/{Alert?}", Needs("Send Alerts", I), Obj, Alerts, Inferred,
                note: "The article names the area \"Alerts\" and shows a body; POST and Insert are inferred. The article's path ends in {alert}; Aeries' PowerShell module posts to SendAlert with the alert in the body, so the segment may be left out."),

            // Pre-enrollment: GETs that change data.
            new AeriesOperation("pre_enrollment.pre_enroll_student", "GET", "commands/preenrollstudent/{StudentID}", Needs("Trigger Student Pre-Enrollment", I), Obj, PreEnroll, hasSideEffects: true,
                note: "Answers a PreEnrollStudentResult object: LogDetails (what was copied, or why not) and Students (the student's records, the new one included).",
                client: new[] { One("PreEnrollStudentAsync", "AeriesRecord", "Triggers pre-enrollment of a student (a GET that changes data: never retried).") }),
            new AeriesOperation("pre_enrollment.pre_enroll_inactive_student", "GET", "PreEnrollInactiveStudent/{StudentID}/{NextSchoolCode}", Needs("Student Data", U), Arr, PreEnroll, hasSideEffects: true,
                note: "Answers an array of the student's records (one per school), the new pre-enrolled one included. The article's errors are 500 with a message (an unknown student or next school, an active or already pre-enrolled student).",
                client: new[] { List("PreEnrollInactiveStudentAsync", "Student", "Pre-enrolls an inactive student at the next school (a GET that changes data: never retried) and answers every record of the student, one per school, the new one included.") }),

            // Students.
            new AeriesOperation("students.get_student_information", "GET", "schools/{SchoolCode}/students/{StudentID?}", Needs("Student Data", R), Arr, Student, pages: true,
                note: "SchoolCode is ignored when a StudentID is given.",
                client: new[] { Page("GetStudentsAsync", "Student", "Students of a school, paged; one when a student ID is given.") }),
            new AeriesOperation("students.get_student_information_grade_grade_level", "GET", "schools/{SchoolCode}/students/grade/{GradeLevel}", Needs("Student Data", R), Arr, Student, pages: true,
                client: new[] { Page("GetStudentsInGradeAsync", "Student", "Students of a school in one grade, paged.") }),
            new AeriesOperation("students.get_student_information_sn_student_number", "GET", "schools/{SchoolCode}/students/sn/{StudentNumber}", Needs("Student Data", R), Arr, Student,
                client: new[] { List("GetStudentByNumberAsync", "Student", "A student by student number.") }),
            new AeriesOperation("students.create_student_information_create", "POST", "schools/{SchoolCode}/InsertStudent", Needs("Student Data", R | I), Obj, Student, successStatus: 201,
                note: "Answers the one student record just added. Each field also needs its field-level Insert permission (\"Student Demographics\"); fields without it are ignored. The article states no status code (201, as for other inserts, is assumed)."),
            new AeriesOperation("students.create_student_information_update", "POST", "UpdateStudent/{StudentID}", Needs("Student Data", R | U), Arr, Student,
                note: "Answers an array: every record of the StudentID (one per school), all updated. Omitted fields are not changed; each field needs its field-level Update permission. The article states no status code (200 assumed)."),
            new AeriesOperation("students.create_update_address", "POST", "UpdateStudentAddress/{StudentID}", Needs("Student Data", R | U), Arr, Student,
                note: "Answers an array: every record of the StudentID (one per school), all updated. CorrectionOrChange is \"Correction\" or \"Change\"; a change needs EffectiveStartDate. The article states no status code (200 assumed)."),
            new AeriesOperation("students.get_student_information_extended", "GET", "schools/{SchoolCode}/students/{StudentID}/extended", Needs("Student Data", R), Arr, Student, pages: true,
                allRecordsParameter: "StudentID", zeroMeansAll: true,
                note: "StudentID is required in the path; 0 asks for every student of the school. Always an array (a student may have a record at several schools).",
                client: new[] { Page("GetStudentsExtendedAsync", "StudentExtended", "Extended records of a student (one per school it is enrolled at), or of every student of the school for StudentID 0, paged.", Param("StudentID", doc: "The StudentID (0: every student of the school).")) }),
            new AeriesOperation("students.get_student_information_extended_grade_grade_level_extended", "GET", "schools/{SchoolCode}/students/grade/{GradeLevel}/extended", Needs("Student Data", R), Arr, Student, pages: true,
                client: new[] { Page("GetStudentsInGradeExtendedAsync", "StudentExtended", "Extended records of the students of one grade, paged.") }),
            new AeriesOperation("students.get_student_information_extended_sn_student_number_extended", "GET", "schools/{SchoolCode}/students/sn/{StudentNumber}/extended", Needs("Student Data", R), Arr, Student,
                client: new[] { List("GetStudentByNumberExtendedAsync", "StudentExtended", "The extended records of a student by student number.") }),
            new AeriesOperation("students.get_student_data_changes", "GET", "StudentDataChanges/{DataArea}/{year}/{month}/{day}/{hour}/{minute}", Needs("Student Data", R), Arr, Student, Inferred,
                note: "DataArea is student, contact, program, test, class or enrollment; hour 0-23. The example lists several {StudentID, SchoolCode, StudentNumber} records without the enclosing brackets: read as an array of the students whose data changed.",
                client: new[] { List("GetStudentDataChangesAsync", "StudentDataChange", "Students whose data in an area changed since a time, one entry per student record.", Param("DataArea", type: "string", doc: "The DataArea: student, contact, program, test, class or enrollment.")) }),
            new AeriesOperation("students.get_contacts", "GET", "schools/{SchoolCode}/contacts/{StudentID?}", Needs("Contacts", R), Arr, Student, ContractSource.ArticleInferred,
                note: "The article's example is one contact record without brackets, but its update section says this endpoint lists all contacts of the student (and DeleteContact answers the remaining ones as an array), so the answer is read as a list. SchoolCode is ignored when a StudentID is given.",
                client: new[] { List("GetContactsAsync", "Contact", "Contacts of a student, or of every student of the school.") }),
            new AeriesOperation("students.create_contacts_create", "POST", "InsertContact/{StudentID}", Needs("Contacts", R | I), Obj, Student, ContractSource.ArticleInferred, successStatus: 201,
                note: "Answers the contact just added; the article states no status code (201, as for other inserts, is assumed)."),
            new AeriesOperation("students.update_contact", "POST", "UpdateContact/{StudentID}/{SequenceNumber}", Needs("Contacts", R | U), Obj, Student,
                note: "Answers the one contact just updated. Each field also needs its field-level Update permission; omitted fields are not changed. The article states no status code (200 assumed)."),
            new AeriesOperation("students.delete_contact", "DELETE", "DeleteContact/{StudentID}/{SequenceNumber}", Needs("Contacts", D), Arr, Student,
                note: "Answers the student's remaining contacts (an empty array when none remain). The article allows GET for servers that block DELETE; the contract uses DELETE only. No status code is stated (200, with that body, is assumed)."),
            new AeriesOperation("students.get_programs", "GET", "schools/{SchoolCode}/students/{StudentID}/programs", Needs("Special Programs", R), Arr, Student, Inferred,
                allRecordsParameter: "StudentID", zeroMeansAll: true, rowAreas: Areas(programAreas),
                note: "The article names the screen group \"Student Programs\"; its rows come from separate tables by program code (127 GATE, 144 Special Education, 181/182 Free and Reduced, the rest Special Programs), so the first row, Special Programs, is taken as the operation's area. StudentID 0 asks for every student; ?code= filters one program.",
                client: new[] { List("GetProgramsAsync", "StudentProgram", "Programs of a student (0: every student).") }),
            new AeriesOperation("students.get_test_scores", "GET", "students/{StudentID}/tests", Needs("Test Scores", R), Arr, Student,
                client: new[] { List("GetTestScoresAsync", "TestScoreRecord", "A student's test scores.") }),
            new AeriesOperation("students.update_test_scores", "POST", "testing/UpdateScores", Needs("Test Scores", U), Arr, Student,
                note: "Upserts an array of scores and answers the records it added or changed. The capture lists it as GET; the article's POST payload decides."),
            new AeriesOperation("students.get_college_entrance_test_scores", "GET", "schools/{SchoolCode}/CollegeTestScores/{StudentID?}", Needs("College Entrance Tests", R), Obj, Student, Inferred,
                note: "The article's example is the school-wide answer: one object per student (StudentID, TestScores). One object when a StudentID is given is inferred from that, as the Student Pictures example shows for its StudentID call.",
                client: new[] { List("GetCollegeTestScoresAsync", "CollegeTestScores", "College entrance tests of a student, or of every student of the school.") }),
            new AeriesOperation("students.get_assertive_discipline", "GET", "schools/{SchoolCode}/AssertiveDiscipline/{StudentID?}", Needs("Assertive Discipline", R), Arr, Student,
                client: new[] { List("GetAssertiveDisciplineAsync", "AeriesRecord", "Assertive discipline records.") }),
            new AeriesOperation("students.get_discipline", "GET", "schools/{SchoolCode}/Discipline/{StudentID?}", Needs("Discipline", R), Arr, Student,
                client: new[] { List("GetDisciplineAsync", "AeriesRecord", "Discipline records.") }),
            new AeriesOperation("students.get_district_supplemental_student_data", "GET", "schools/{SchoolCode}/DistrictSupplemental/{StudentID?}", Needs("District Supplemental Data", R), Arr, Student,
                client: new[] { List("GetDistrictSupplementalDataAsync", "SupplementalRecord", "District supplemental data.") }),
            new AeriesOperation("students.get_school_supplemental_student_data", "GET", "schools/{SchoolCode}/SchoolSupplemental/{StudentID?}", Needs("Supplemental Data", R), Arr, Student,
                client: new[] { List("GetSchoolSupplementalDataAsync", "SupplementalRecord", "School supplemental data.") }),
            new AeriesOperation("students.get_fees_and_fines", "GET", "schools/{SchoolCode}/fees/{StudentID?}", Needs("Fees and Fines", R), Arr, Student,
                client: new[] { List("GetFeesAndFinesAsync", "AeriesRecord", "Fees and fines.") }),
            new AeriesOperation("students.get_student_picture", "GET", "schools/{SchoolCode}/StudentPictures/{StudentID?}", Needs("Student Pictures", R), Obj, Student, pages: true,
                note: "Pictures are large: the article asks for one student or a page at a time. The example for one StudentID is one object (StudentID, Pictures, SchoolCode) followed by a stray closing bracket, read as one object. SchoolCode is ignored when a StudentID is given.",
                client: new[] { Page("GetStudentPicturesAsync", "StudentPictures", "Student pictures, paged (large: ask for one student where you can).") }),
            new AeriesOperation("students.get_student_groups", "GET", "schools/{SchoolCode}/StudentGroups", Needs("Student Groups", R), Arr, Student, Inferred,
                note: "SchoolCode \"all\" asks for every school's groups; the example is malformed, read as a list.",
                client: new[] { List("GetStudentGroupsAsync", "AeriesRecord", "A school's student groups.") }),
            new AeriesOperation("students.get_school_activities", "GET", "schools/{SchoolCode}/activities", Needs("Activities and Awards", R), Arr, Student, Inferred, wholeSchool: true,
                note: "The article gives the area and says Read, Insert, Update and Delete exist, without a level per method; reads are taken to need Read, POST Insert, PUT Update, DELETE Delete.",
                client: new[] { List("GetSchoolActivitiesAsync", "AeriesRecord", "A school's activities and awards.") }),
            new AeriesOperation("students.get_school_activities_code", "GET", "schools/{SchoolCode}/activities/code/{ActivityCode}", Needs("Activities and Awards", R), Arr, Student, Inferred, wholeSchool: true,
                client: new[] { List("GetSchoolActivitiesByCodeAsync", "AeriesRecord", "A school's activities and awards of one code.", Param("ActivityCode", type: "string")) }),
            new AeriesOperation("students.get_student_activities", "GET", "schools/{SchoolCode}/students/{StudentID}/activities/{SequenceNumber?}", Needs("Activities and Awards", R), Obj, Student, Inferred,
                note: "One activity record when SequenceNumber is given; every activity of the student without it. The article shows no example record, only the insert's field list (DateEntered, TypeCode, ActivityOrAwardCode, Name, StartDate, EndDate, Hours, ReasonCode, SeasonCode, StatusCode, TransportationDate, TransportationStatusCode, CareerPathwayCode, Comment).",
                client: new[] { List("GetStudentActivitiesAsync", "AeriesRecord", "A student's activities and awards.") }),
            new AeriesOperation("students.get_student_activities_code", "GET", "schools/{SchoolCode}/students/{StudentID}/activities/code/{ActivityCode}", Needs("Activities and Awards", R), Arr, Student, Inferred,
                client: new[] { List("GetStudentActivitiesByCodeAsync", "AeriesRecord", "A student's activities and awards of one code.", Param("ActivityCode", type: "string")) }),
            new AeriesOperation("students.create_student_activity", "POST", "schools/{SchoolCode}/students/{StudentID}/activities", Needs("Activities and Awards", I), Obj, Student, Inferred, successStatus: 201,
                note: "The article states no status code and no answer (201 and the activity added are assumed)."),
            new AeriesOperation("students.update_student_activity", "PUT", "schools/{SchoolCode}/students/{StudentID}/activities/{SequenceNumber}", Needs("Activities and Awards", U), Obj, Student, Inferred,
                note: "Upsert (article): an unknown SequenceNumber is created when the certificate may also insert activities. StartDate, EndDate and TransportationDate left out are set to null. No status code is stated (200 updated, 201 created assumed)."),
            new AeriesOperation("students.delete_student_activity", "DELETE", "schools/{SchoolCode}/students/{StudentID}/activities/{SequenceNumber}", Needs("Activities and Awards", D), None, Student, Inferred, successStatus: 204,
                note: "No status code is stated (204, as for other deletes, is assumed)."),
            new AeriesOperation("students.get_school_authorizations", "GET", "schools/{SchoolCode}/authorizations", Needs("Authorizations", R), Arr, Student, wholeSchool: true,
                client: new[] { List("GetSchoolAuthorizationsAsync", "AeriesRecord", "A school's authorizations.") }),
            new AeriesOperation("students.get_student_authorizations", "GET", "schools/{SchoolCode}/students/{StudentID}/authorizations/{SequenceNumber?}", Needs("Authorizations", R), Arr, Student,
                note: "The article calls the answer a list of the student's authorizations (its example: records without the enclosing brackets); what a given SequenceNumber answers is not stated, so a list is kept.",
                client: new[] { List("GetStudentAuthorizationsAsync", "AeriesRecord", "A student's authorizations.") }),
            new AeriesOperation("students.create_student_authorization", "POST", "schools/{SchoolCode}/students/{StudentID}/authorizations", Needs("Authorizations", R | I), Obj, Student, successStatus: 201,
                note: "Answers the authorization just added; no status code is stated (201 assumed)."),
            new AeriesOperation("students.update_student_authorization", "PUT", "schools/{SchoolCode}/students/{StudentID}/authorizations/{SequenceNumber}", Needs("Authorizations", R | U), Obj, Student,
                note: "Upsert (article): an unknown SequenceNumber is created when the certificate may also insert authorizations. No status code or answer is stated (200 updated, 201 created, the authorization, assumed)."),
            new AeriesOperation("students.delete_student_authorization", "DELETE", "schools/{SchoolCode}/students/{StudentID}/authorizations/{SequenceNumber}", Needs("Authorizations", R | D), None, Student, successStatus: 204,
                note: "No status code is stated (204, as for other deletes, is assumed)."),
            new AeriesOperation("students.update_school_supplemental", "POST", "UpdateSchoolSupplemental/{SchoolCode}/{StudentNumber}", Needs("Supplemental Data", U), Obj, Student, Inferred,
                note: "The article gives neither the area nor what {sn} is; Supplemental Data: Update and the student number are inferred from where it sits."),

            // Grades.
            new AeriesOperation("grades.get_student_gp_as", "GET", "schools/{SchoolCode}/gpas/{StudentID?}", Needs("Student Data", R), Arr, Grades, pages: true,
                client: new[] { Page("GetGpasAsync", "StudentGpa", "Grade point averages, paged.") }),
            new AeriesOperation("grades.get_student_grades", "GET", "schools/{SchoolCode}/Grades", Needs("Grades", R), Arr, Grades, wholeSchool: true,
                client: new[] { List("GetGradesAsync", "AeriesRecord", "A school's grades.") }),
            new AeriesOperation("grades.update_student_grades", "POST", "schools/{SchoolCode}/Grades", Needs("Grades", U), Arr, Grades, Inferred, successStatusStated: false,
                note: "Changes marks (MarkNumber 1-12, MarkValue: one per student item), comments, citizenship and work habits of existing grade records only; the level (Update), the status and the answer (the changed records) are inferred."),
            new AeriesOperation("grades.get_student_report_cards", "GET", "schools/{SchoolCode}/ReportCard/{StudentID?}", Needs("Grades", R), Arr, Grades,
                client: new[] { List("GetReportCardsAsync", "ReportCard", "Report cards.") }),
            new AeriesOperation("grades.get_school_report_card_marking_periods", "GET", "schools/{SchoolCode}/ReportCardMarkingPeriods", Needs("Grades", R), Arr, Grades,
                note: "One object per marking period (the example lists several).",
                client: new[] { List("GetReportCardMarkingPeriodsAsync", "ReportCardMarkingPeriod", "A school's report card marking periods, one record each.") }),
            new AeriesOperation("grades.get_school_graduation_requirements", "GET", "schools/{SchoolCode}/GraduationRequirements", Needs("Graduation Requirements", R), Arr, Grades, Inferred,
                note: "The example is one object (a graduation track's subject areas) followed by a comma, as an element of a list: read as one object per graduation track.",
                client: new[] { List("GetGraduationRequirementsAsync", "GraduationRequirements", "A school's graduation requirements, one record per graduation track.") }),
            new AeriesOperation("grades.get_student_graduation_status_summary", "GET", "schools/{SchoolCode}/GraduationStatusSummary/{StudentID?}", Needs("Graduation Status", R), Obj, Grades, pages: true,
                note: "StudentID left out: every student of the school, paged with StartingRecord/EndingRecord.",
                client: new[] { One("GetGraduationStatusAsync", "GraduationStatus", "A student's graduation status (Aeries answers one object).", Param("StudentID", required: true)), Page("GetGraduationStatusesAsync", "GraduationStatus", "The graduation status of every student of a school, paged.", Param("StudentID", omitted: true)) }),
            new AeriesOperation("grades.get_student_graduation_status_summary_grade_grade_level", "GET", "schools/{SchoolCode}/GraduationStatusSummary/grade/{GradeLevel}", Needs("Graduation Status", R), Arr, Grades, pages: true,
                client: new[] { Page("GetGraduationStatusInGradeAsync", "GraduationStatus", "The graduation status of every student of a grade, paged.") }),
            new AeriesOperation("grades.get_student_transcripts", "GET", "schools/{SchoolCode}/Transcript/{StudentID?}", Needs("Transcripts", R), Arr, Grades,
                note: "An array (the example's closing bracket), with or without StudentID. Pages with StartingStudent/EndingStudent, not StartingRecord/EndingRecord.",
                client: new[] { List("GetTranscriptsAsync", "Transcript", "Transcripts.") }),
            new AeriesOperation("grades.get_valid_marks", "GET", "schools/{SchoolCode}/validmarks", Needs("Valid Marks", R), Arr, Grades,
                client: new[] { List("GetValidMarksAsync", "ValidMark", "A school's valid marks.") }),

            // Attendance and enrollment.
            new AeriesOperation("attendance.get_student_enrollment_history", "GET", "enrollment/{StudentID}", Needs("Enrollment History", R), Arr, Attendance,
                client: new[] { List("GetEnrollmentHistoryAsync", "EnrollmentRecord", "A student's enrollment in every year (large: prefer a year).") }),
            new AeriesOperation("attendance.get_student_enrollment_history_year_academic_year", "GET", "enrollment/{StudentID}/year/{AcademicYear}", Needs("Enrollment History", R), Arr, Attendance, allRecordsParameter: "StudentID", zeroMeansAll: true,
                client: new[] { List("GetEnrollmentHistoryForYearAsync", "EnrollmentRecord", "A student's enrollment in one year (0: every student).") }),
            new AeriesOperation("attendance.get_student_enrollment_history_schools_school_code_enrollment_student_id", "GET", "schools/{SchoolCode}/enrollment/{StudentID}", Needs("Enrollment History", R), Arr, Attendance, allRecordsParameter: "StudentID", zeroMeansAll: true,
                client: new[] { List("GetSchoolEnrollmentHistoryAsync", "EnrollmentRecord", "A student's enrollment at a school (0: every student).") }),
            new AeriesOperation("attendance.get_student_enrollment_history_schools_school_code_enrollment_student_id_year_academic_year", "GET", "schools/{SchoolCode}/enrollment/{StudentID}/year/{AcademicYear}", Needs("Enrollment History", R), Arr, Attendance, allRecordsParameter: "StudentID", zeroMeansAll: true,
                client: new[] { List("GetSchoolEnrollmentHistoryForYearAsync", "EnrollmentRecord", "A student's enrollment at a school in one year (0: every student).") }),
            new AeriesOperation("attendance.get_student_attendance", "GET", "schools/{SchoolCode}/attendance/{StudentID?}", Needs("Attendance", R), Obj, Attendance),
            new AeriesOperation("attendance.get_attendance_history_summary", "GET", "schools/{SchoolCode}/AttendanceHistory/summary/{StudentID?}", Needs("Attendance History", R), Arr, Attendance,
                client: new[] { List("GetAttendanceHistorySummaryAsync", "AttendanceHistory", "Attendance history totals of a student, or (StudentID left out) of every student now at the school.", Param("SchoolCode", doc: "The SchoolCode (ignored by Aeries when a StudentID is given)."), Param("StudentID", doc: "The StudentID (omitted: every student now at the school).")), Stream("StreamAttendanceHistorySummaryAsync", "AttendanceHistory", "Attendance history totals of every student now at the school, one record per student as it arrives.", Param("StudentID", omitted: true)) }),
            new AeriesOperation("attendance.get_attendance_history_summary_year_year", "GET", "schools/{SchoolCode}/AttendanceHistory/summary/year/{year}", Needs("Attendance History", R), Arr, Attendance,
                note: "{year} is the school year written yyyy-yyyy (e.g. 2024-2025).", schoolYearParameter: "year",
                client: new[] { List("GetAttendanceHistorySummaryForYearAsync", "AttendanceHistory", "Attendance history totals of a school year.", Param("year", type: "AcademicYear", doc: "The school year, sent as Aeries writes it: yyyy-yyyy (2024-2025).")) }),
            new AeriesOperation("attendance.get_attendance_history_details", "GET", "schools/{SchoolCode}/AttendanceHistory/details/{StudentID?}", Needs("Attendance History", R), Arr, Attendance,
                note: "The summary's article section makes StudentID optional (every student currently at the school); details are taken to follow it, as Aeries' module leaves it out for both.",
                client: new[] { List("GetAttendanceHistoryDetailsAsync", "AeriesRecord", "Attendance history details of a student, or (StudentID left out) of every student now at the school.", Param("StudentID", doc: "The StudentID (omitted: every student now at the school).")), Stream("StreamAttendanceHistoryDetailsAsync", "AeriesRecord", "Attendance history details of every student now at the school, one record per student as it arrives.", Param("StudentID", omitted: true)) }),
            new AeriesOperation("attendance.get_attendance_history_details_year_year", "GET", "schools/{SchoolCode}/AttendanceHistory/details/year/{year}", Needs("Attendance History", R), Arr, Attendance,
                note: "{year} is the school year written yyyy-yyyy (e.g. 2024-2025).", schoolYearParameter: "year",
                client: new[] { List("GetAttendanceHistoryDetailsForYearAsync", "AeriesRecord", "Attendance history details of a school year.", Param("year", type: "AcademicYear", doc: "The school year, sent as Aeries writes it: yyyy-yyyy (2024-2025).")) }),
            new AeriesOperation("attendance.get_attendance_history_attendance_codes", "GET", "schools/{SchoolCode}/AttendanceHistory/AbsenceCodes", Needs("Attendance History", R), Arr, Attendance,
                client: new[] { List("GetAttendanceHistoryAbsenceCodesAsync", "AeriesRecord", "Absence codes used in attendance history.") }),
            new AeriesOperation("attendance.get_attendance_history_attendance_codes_year_year", "GET", "schools/{SchoolCode}/AttendanceHistory/AbsenceCodes/year/{year}", Needs("Attendance History", R), Arr, Attendance,
                note: "{year} is the school year written yyyy-yyyy (e.g. 2024-2025).", schoolYearParameter: "year",
                client: new[] { List("GetAttendanceHistoryAbsenceCodesForYearAsync", "AeriesRecord", "Absence codes used in attendance history of a year.", Param("year", type: "AcademicYear", doc: "The school year, sent as Aeries writes it: yyyy-yyyy (2024-2025).")) }),

            // Staff.
            new AeriesOperation("staff.get_staff_information", "GET", "staff/{StaffID?}", Needs("Staff Data", R), Obj, Staff,
                client: new[] { List("GetStaffAsync", "Staff", "Staff: one when a staff ID is given, else the district's.") }),
            new AeriesOperation("staff.get_staff_by_hrid", "GET", "staff/hrid/{HRID}", Needs("Staff Data", R), Obj, Staff,
                client: new[] { One("GetStaffByHumanResourcesIdAsync", "Staff", "A staff member by human resources ID.", Param("HRID", type: "string", name: "humanResourcesId")) }),
            new AeriesOperation("staff.get_staff_data_changes", "GET", "StaffDataChanges/{year}/{month}/{day}/{hour}/{minute}", Needs("Staff Data", R), Arr, Staff,
                client: new[] { List("GetStaffDataChangesAsync", "AeriesRecord", "Staff changed since a time.") }),
            new AeriesOperation("staff.create_staff_information_create", "POST", "staff", Needs("Staff Data", I), Obj, Staff, successStatus: 201),
            new AeriesOperation("staff.update_staff_information_update", "PUT", "staff/{StaffID}", Needs("Staff Data", U), Obj, Staff,
                note: "Upsert: 200 when it updated, 201 when it created the staff record."),
            new AeriesOperation("staff.get_staff_assignments", "GET", "staff/{StaffID}/assignments", Needs("Staff Job Assignments", R), Arr, Staff, Inferred,
                rowAreas: Areas(new[] { "Staff Job Assignments", "Staff Assignments (Classified)" }),
                note: "Certificated assignments are Staff Job Assignments, classified ones Staff Assignments (Classified): two tables and two areas behind one list. The article names both areas for the section without saying which the untyped list needs; Staff Job Assignments: Read is assumed, each row then needs its own area's Read.",
                client: new[] { List("GetStaffAssignmentsAsync", "StaffAssignment", "A staff member's job assignments.") }),
            new AeriesOperation("staff.get_staff_certificated_assignments", "GET", "staff/{StaffID}/assignments/certificated/{SequenceNumber?}", Needs("Staff Job Assignments", R), Arr, Staff, Inferred,
                client: new[] { List("GetStaffCertificatedAssignmentsAsync", "StaffAssignment", "A staff member's certificated assignments.") }),
            new AeriesOperation("staff.get_staff_classified_assignments", "GET", "staff/{StaffID}/assignments/classified/{SequenceNumber?}", Needs("Staff Assignments (Classified)", R), Arr, Staff, Inferred,
                client: new[] { List("GetStaffClassifiedAssignmentsAsync", "StaffAssignment", "A staff member's classified assignments.") }),
            new AeriesOperation("staff.get_staff_assignments_date", "GET", "staff/{StaffID}/assignments/date/{year}/{month}/{day}", Needs("Staff Job Assignments", R), Arr, Staff,
                rowAreas: Areas(new[] { "Staff Job Assignments", "Staff Assignments (Classified)" }),
                note: "Assignments effective on a date, of both types (AssignmentType left out).",
                client: new[] { List("GetStaffAssignmentsOnDateAsync", "StaffAssignment", "A staff member's assignments of both types in effect on a day (rows of an area the certificate lacks may be left out).", Param("year", doc: "The day the assignments are in effect.")) }),
            new AeriesOperation("staff.get_staff_certificated_assignments_date", "GET", "staff/{StaffID}/assignments/date/{year}/{month}/{day}/certificated", Needs("Staff Job Assignments", R), Arr, Staff,
                client: new[] { List("GetStaffCertificatedAssignmentsOnDateAsync", "StaffAssignment", "A staff member's certificated assignments in effect on a day.", Param("year", doc: "The day the assignments are in effect.")) }),
            new AeriesOperation("staff.get_staff_classified_assignments_date", "GET", "staff/{StaffID}/assignments/date/{year}/{month}/{day}/classified", Needs("Staff Assignments (Classified)", R), Arr, Staff,
                client: new[] { List("GetStaffClassifiedAssignmentsOnDateAsync", "StaffAssignment", "A staff member's classified assignments in effect on a day.", Param("year", doc: "The day the assignments are in effect.")) }),
            new AeriesOperation("staff.create_staff_assignment", "POST", "staff/{StaffID}/assignments", Needs("Staff Job Assignments", I), Obj, Staff, successStatus: 201,
                rowAreas: Areas(new[] { "Staff Job Assignments", "Staff Assignments (Classified)" }),
                note: "The body's AssignmentType (\"certificated\" or \"classified\") decides the area: Staff Job Assignments or Staff Assignments (Classified), Insert. Answers the assignment created, 201."),
            new AeriesOperation("staff.update_staff_certificated_assignment", "PUT", "staff/{StaffID}/assignments/certificated/{SequenceNumber}", Needs("Staff Job Assignments", U), Obj, Staff,
                note: "Upsert: 200 updated, 201 created. EndDate left out is set to null.",
                client: new[] { Written("UpdateCertificatedStaffAssignmentAsync", "StaffAssignment", Body("StaffAssignmentInput", "assignment", "The new values."), "Changes a certificated assignment, or creates it under that number when there is none (Aeries' upsert), and answers it. Fields left null keep their value; the end date is always written.", Param("SequenceNumber", doc: "The assignment's SequenceNumber.")) }),
            new AeriesOperation("staff.update_staff_classified_assignment", "PUT", "staff/{StaffID}/assignments/classified/{SequenceNumber}", Needs("Staff Assignments (Classified)", U), Obj, Staff,
                note: "Upsert: 200 updated, 201 created. EndDate left out is set to null.",
                client: new[] { Written("UpdateClassifiedStaffAssignmentAsync", "StaffAssignment", Body("StaffAssignmentInput", "assignment", "The new values."), "Changes a classified assignment, or creates it under that number when there is none (Aeries' upsert), and answers it. Fields left null keep their value; the end date is always written.", Param("SequenceNumber", doc: "The assignment's SequenceNumber.")) }),
            new AeriesOperation("staff.delete_staff_certificated_assignment", "DELETE", "staff/{StaffID}/assignments/certificated/{SequenceNumber}", Needs("Staff Job Assignments", D), None, Staff, successStatus: 204,
                client: new[] { Deleted("DeleteCertificatedStaffAssignmentAsync", "Deletes one certificated assignment.", Param("SequenceNumber", doc: "The assignment's SequenceNumber.")) }),
            new AeriesOperation("staff.delete_staff_classified_assignment", "DELETE", "staff/{StaffID}/assignments/classified/{SequenceNumber}", Needs("Staff Assignments (Classified)", D), None, Staff, successStatus: 204,
                client: new[] { Deleted("DeleteClassifiedStaffAssignmentAsync", "Deletes one classified assignment.", Param("SequenceNumber", doc: "The assignment's SequenceNumber.")) }),
            new AeriesOperation("staff.delete_staff_assignments_from_date", "DELETE", "staff/{StaffID}/assignments/startdate/{year}/{month}/{day}", Needs("Staff Job Assignments", D), None, Staff, successStatus: 204,
                rowAreas: Areas(new[] { "Staff Job Assignments", "Staff Assignments (Classified)" }),
                note: "Deletes the assignments of both types that start on or after the date; each type needs its own area's Delete."),
            new AeriesOperation("staff.delete_staff_certificated_assignments_from_date", "DELETE", "staff/{StaffID}/assignments/startdate/{year}/{month}/{day}/certificated", Needs("Staff Job Assignments", D), None, Staff, successStatus: 204,
                client: new[] { Deleted("DeleteCertificatedStaffAssignmentsFromDateAsync", "Deletes a staff member's certificated assignments that start on or after a day.", Param("year", name: "startDate", doc: "The first start date deleted.")) }),
            new AeriesOperation("staff.delete_staff_classified_assignments_from_date", "DELETE", "staff/{StaffID}/assignments/startdate/{year}/{month}/{day}/classified", Needs("Staff Assignments (Classified)", D), None, Staff, successStatus: 204,
                client: new[] { Deleted("DeleteClassifiedStaffAssignmentsFromDateAsync", "Deletes a staff member's classified assignments that start on or after a day.", Param("year", name: "startDate", doc: "The first start date deleted.")) }),
            new AeriesOperation("staff.get_teachers", "GET", "schools/{SchoolCode}/teachers/{TeacherNumber?}", Needs("Teacher Data", R), Obj, Staff,
                note: "One teacher object when TeacherNumber is given. Flex (Section-Staff) schools may have no teacher records.",
                client: new[] { List("GetTeachersAsync", "Teacher", "Teachers of a school; one when a teacher number is given.") }),
            new AeriesOperation("staff.get_staff_teachers", "GET", "staff/{StaffID}/teachers", Needs("Teacher Data", R), Arr, Staff,
                client: new[] { List("GetTeachersOfStaffAsync", "Teacher", "The teacher records of a staff member.") }),

            // Scheduling.
            new AeriesOperation("scheduling.get_course_information", "GET", "courses/{CourseID?}", Needs("Course Data", R), Obj, Scheduling,
                client: new[] { List("GetCoursesAsync", "Course", "Courses: one when a course ID is given, else the district's.", Param("CourseID", type: "string")) }),
            new AeriesOperation("scheduling.get_course_data_changes", "GET", "CourseDataChanges/{year}/{month}/{day}/{hour}/{minute}", Needs("Course Data", R), Obj, Scheduling,
                client: new[] { One("GetCourseDataChangesAsync", "AeriesRecord", "Courses changed since a time.") }),
            new AeriesOperation("scheduling.get_sections_from_master_schedule", "GET", "schools/{SchoolCode}/sections/{SectionNumber?}", Needs("Master Schedule", R), Obj, Scheduling,
                client: new[] { List("GetSectionsAsync", "Section", "Master schedule sections: one when a section number is given.") }),
            new AeriesOperation("scheduling.get_section_data_changes_from_master_schedule", "GET", "SectionDataChanges/{year}/{month}/{day}/{hour}/{minute}", Needs("Master Schedule", R), Obj, Scheduling,
                client: new[] { One("GetSectionDataChangesAsync", "AeriesRecord", "Sections changed since a time.") }),
            new AeriesOperation("scheduling.get_staff_classes_sections", "GET", "staff/{StaffID}/classes", Needs("Master Schedule", R), Arr, Scheduling,
                client: new[] { List("GetStaffClassesAsync", "Section", "The sections a staff member teaches.") }),
            new AeriesOperation("scheduling.get_section_class_roster", "GET", "schools/{SchoolCode}/sections/{SectionNumber}/students", Needs("Class Schedules/History", R), Arr, Scheduling,
                client: new[] { List("GetSectionRosterAsync", "RosterEntry", "The students of a section.") }),
            new AeriesOperation("scheduling.get_section_class_roster_data_changes", "GET", "SectionRosterDataChanges/{year}/{month}/{day}/{hour}/{minute}", Needs("Class Schedules/History", R), Obj, Scheduling,
                client: new[] { One("GetSectionRosterDataChangesAsync", "AeriesRecord", "Rosters changed since a time.") }),
            new AeriesOperation("scheduling.get_section_from_scheduling_master_schedule", "GET", "schools/{SchoolCode}/scheduling/sections/{SectionNumber?}", Needs("Schedule Master Schedule", R), Obj, Scheduling,
                client: new[] { List("GetSchedulingSectionsAsync", "Section", "Scheduling master schedule sections (next year's).") }),
            new AeriesOperation("scheduling.create_section_from_scheduling_master_schedule", "POST", "schools/{SchoolCode}/scheduling/sections", Needs("Schedule Master Schedule", I), Obj, Scheduling, Inferred, successStatus: 201,
                note: "The article names the area without a level; a POST that creates a section is taken to need Insert."),
            new AeriesOperation("scheduling.update_section_from_scheduling_master_schedule", "PUT", "schools/{SchoolCode}/scheduling/sections/{SectionNumber}", Needs("Schedule Master Schedule", U), Obj, Scheduling,
                note: "Section-Staff (Flex) schools only on v5. Upsert: 200 updated, 201 created."),
            new AeriesOperation("scheduling.delete_section_from_scheduling_master_schedule", "DELETE", "schools/{SchoolCode}/scheduling/sections/{SectionNumber}", Needs("Schedule Master Schedule", D), None, Scheduling, successStatus: 204,
                note: "Section-Staff (Flex) schools only on v5."),
            new AeriesOperation("scheduling.get_student_classes", "GET", "schools/{SchoolCode}/classes/{StudentID?}", Needs("Class Schedules/History", R), Arr, Scheduling,
                client: new[] { List("GetStudentClassesAsync", "AeriesRecord", "Class schedules of a student, or of every student of the school.") }),
            new AeriesOperation("scheduling.get_class_calendars", "GET", "schools/{SchoolCode}/classcalendars/{SequenceNumber?}", Needs("Class Calendars", R), Arr, Scheduling,
                client: new[] { List("GetClassCalendarsAsync", "AeriesRecord", "A school's class calendars.") }),
            new AeriesOperation("scheduling.get_class_calendars_year", "GET", "schools/{SchoolCode}/classcalendars/year/{AcademicYear}", Needs("Class Calendars", R), Arr, Scheduling,
                note: "{AcademicYear} is the school year written yyyy-yyyy (e.g. 2020-2021).", schoolYearParameter: "AcademicYear",
                client: new[] { List("GetClassCalendarsForYearAsync", "AeriesRecord", "A school's class calendars of a year.", Param("AcademicYear", type: "AcademicYear", doc: "The school year, sent as Aeries writes it: yyyy-yyyy (2024-2025).")) }),
            new AeriesOperation("scheduling.get_class_calendar_dates", "GET", "schools/{SchoolCode}/classcalendars/{SequenceNumber}/dates", Needs("Class Calendars", R), Arr, Scheduling,
                client: new[] { List("GetClassCalendarDatesAsync", "AeriesRecord", "The dates of a class calendar.") }),
            new AeriesOperation("scheduling.get_flex_periods", "GET", "schools/{SchoolCode}/flexperiods/{SequenceNumber?}", Needs("Flex Periods", R), Arr, Scheduling,
                client: new[] { List("GetFlexPeriodsAsync", "AeriesRecord", "A school's flex periods.") }),
            new AeriesOperation("scheduling.get_flex_periods_year", "GET", "schools/{SchoolCode}/flexperiods/year/{AcademicYear}", Needs("Flex Periods", R), Arr, Scheduling,
                note: "{AcademicYear} is the school year written yyyy-yyyy (e.g. 2020-2021).", schoolYearParameter: "AcademicYear",
                client: new[] { List("GetFlexPeriodsForYearAsync", "AeriesRecord", "A school's flex periods of a year.", Param("AcademicYear", type: "AcademicYear", doc: "The school year, sent as Aeries writes it: yyyy-yyyy (2024-2025).")) }),
            new AeriesOperation("scheduling.get_school_course_requests", "GET", "schools/{SchoolCode}/scheduling/courserequests", Needs("Student Scheduling Schedules (Course Requests)", R), Arr, Scheduling, wholeSchool: true,
                client: new[] { List("GetSchoolCourseRequestsAsync", "AeriesRecord", "A school's course requests.") }),
            new AeriesOperation("scheduling.get_student_course_requests", "GET", "schools/{SchoolCode}/students/{StudentID}/courserequests/{SequenceNumber?}", Needs("Student Scheduling Schedules (Course Requests)", R), Arr, Scheduling,
                note: "The article shows the answer without SequenceNumber (a list); with it (one record) it shows none: read as an array, as the client accepts either.",
                client: new[] { List("GetStudentCourseRequestsAsync", "AeriesRecord", "A student's course requests.") }),
            new AeriesOperation("scheduling.get_student_course_requests_sn", "GET", "schools/{SchoolCode}/students/sn/{StudentNumber}/courserequests/{SequenceNumber?}", Needs("Student Scheduling Schedules (Course Requests)", R), Arr, Scheduling,
                note: "As by StudentID: the answer with SequenceNumber is not shown; read as an array.",
                client: new[] { List("GetStudentCourseRequestsByNumberAsync", "AeriesRecord", "A student's course requests, by student number.") }),
            new AeriesOperation("scheduling.create_student_course_request", "POST", "schools/{SchoolCode}/students/{StudentID}/courserequests", Needs("Student Scheduling Schedules (Course Requests)", I), Obj, Scheduling, successStatus: 201),
            new AeriesOperation("scheduling.update_student_course_request", "PUT", "schools/{SchoolCode}/students/{StudentID}/courserequests/{SequenceNumber}", Needs("Student Scheduling Schedules (Course Requests)", U), Obj, Scheduling,
                note: "Upsert: 200 updated, 201 created."),
            new AeriesOperation("scheduling.delete_student_course_request", "DELETE", "schools/{SchoolCode}/students/{StudentID}/courserequests/{SequenceNumber}", Needs("Student Scheduling Schedules (Course Requests)", D), None, Scheduling, successStatus: 204),
            // Alternate course requests (Scheduling-related, "Student Alternate Course Requests" and
            // "Alternate Course Requests - Create / Update / Delete"): the article gives paths and levels,
            // not the statuses; those are Aeries' PowerShell module's.
            new AeriesOperation("scheduling.get_school_alternate_course_requests", "GET", "schools/{SchoolCode}/scheduling/alternatecourserequests", Needs("Student Scheduling Schedules (Course Requests)", R), Arr, Scheduling, wholeSchool: true,
                client: new[] { List("GetSchoolAlternateCourseRequestsAsync", "AlternateCourseRequest", "A school's alternate course requests.") }),
            new AeriesOperation("scheduling.get_student_alternate_course_requests", "GET", "schools/{SchoolCode}/students/{StudentID}/alternatecourserequests/{SequenceNumber?}", Needs("Student Scheduling Schedules (Course Requests)", R), Arr, Scheduling,
                client: new[] { List("GetStudentAlternateCourseRequestsAsync", "AlternateCourseRequest", "A student's alternate course requests.") }),
            new AeriesOperation("scheduling.get_student_alternate_course_requests_sn", "GET", "schools/{SchoolCode}/students/sn/{StudentNumber}/alternatecourserequests/{SequenceNumber?}", Needs("Student Scheduling Schedules (Course Requests)", R), Arr, Scheduling,
                client: new[] { List("GetStudentAlternateCourseRequestsByNumberAsync", "AlternateCourseRequest", "A student's alternate course requests by student number.") }),
            new AeriesOperation("scheduling.create_student_alternate_course_request", "POST", "schools/{SchoolCode}/students/{StudentID}/alternatecourserequests", Needs("Student Scheduling Schedules (Course Requests)", I), Obj, Scheduling, successStatus: 201,
                note: "Body CourseID and RelativePrioritySortOrder (the 1-based place among the student's alternates; left out: last; 0 is refused). The article states no status or answer; 201 and the record added are Aeries' PowerShell module's (New-AeriesAlternateCourseRequest).",
                client: new[] { Written("InsertAlternateCourseRequestAsync", "AlternateCourseRequest", Body("AlternateCourseRequestInput", "request", "The course, and the place among the student's alternates (left out: last)."), "Adds an alternate course request to a student and answers it, numbered by Aeries.") }),
            new AeriesOperation("scheduling.update_student_alternate_course_request", "PUT", "schools/{SchoolCode}/students/{StudentID}/alternatecourserequests/{SequenceNumber}", Needs("Student Scheduling Schedules (Course Requests)", U), Obj, Scheduling,
                note: "Moves the alternate (RelativePrioritySortOrder) or changes its CourseID. The article states no status; Aeries' PowerShell module (Edit-AeriesAlternateCourseRequest) accepts 200 and 201, as an upsert answers.",
                client: new[] { Written("UpdateAlternateCourseRequestAsync", "AlternateCourseRequest", Body("AlternateCourseRequestInput", "request", "What changes; null properties are not sent."), "Moves an alternate course request to another place, or changes its course, and answers it.", Param("SequenceNumber", doc: "The request's SequenceNumber.")) }),
            new AeriesOperation("scheduling.delete_student_alternate_course_request", "DELETE", "schools/{SchoolCode}/students/{StudentID}/alternatecourserequests/{SequenceNumber}", Needs("Student Scheduling Schedules (Course Requests)", D), None, Scheduling, successStatus: 204,
                note: "Also removes the alternate's link to its primary course request. The article states no status; 204 is Aeries' PowerShell module's (Remove-AeriesAlternateCourseRequest).",
                client: new[] { Deleted("DeleteAlternateCourseRequestAsync", "Deletes an alternate course request (and its link to the course request it stands in for).", Param("SequenceNumber", doc: "The request's SequenceNumber.")) }),

            // Gradebook.
            new AeriesOperation("gradebook.get_gradebook_information", "GET", "staff/{StaffID}/gradebooks", Needs("Gradebook Data", R), Arr, Gradebook,
                client: new[] { List("GetStaffGradebooksAsync", "Gradebook", "A teacher's gradebooks.") }),
            new AeriesOperation("gradebook.get_gradebook_information_schools_school_code_sections_section_number_gradebooks", "GET", "schools/{SchoolCode}/sections/{SectionNumber}/gradebooks", Needs("Gradebook Data", R), Arr, Gradebook,
                client: new[] { List("GetSectionGradebooksAsync", "Gradebook", "The gradebooks of a section.") }),
            new AeriesOperation("gradebook.get_gradebook_information_gradebooks_gradebook_number", "GET", "gradebooks/{GradebookNumber}", Needs("Gradebook Data", R), Obj, Gradebook,
                client: new[] { One("GetGradebookAsync", "Gradebook", "One gradebook.") }),
            new AeriesOperation("gradebook.get_assignment_information", "GET", "gradebooks/{GradebookNumber}/assignments/{AssignmentNumber?}", Needs("Gradebook Data", R), Obj, Gradebook,
                client: new[] { List("GetAssignmentsAsync", "Assignment", "A gradebook's assignments.", Param("AssignmentNumber", omitted: true)), One("GetAssignmentAsync", "Assignment", "One assignment (Aeries answers one object).", Param("AssignmentNumber", required: true)) }),
            new AeriesOperation("gradebook.get_assignment_information_assignments_unique_id", "GET", "gradebooks/Assignments/{UniqueID}", Needs("Gradebook Data", R), Obj, Gradebook,
                client: new[] { One("GetAssignmentByUniqueIdAsync", "Assignment", "An assignment by its unique ID.", Param("UniqueID", type: "string")) }),
            new AeriesOperation("gradebook.update_updating_assignment_information", "PUT", "gradebooks/{GradebookNumber}/assignments/{AssignmentNumber}", Needs("Gradebook Data", U), Arr, Gradebook, successStatusStated: false,
                note: "Answers the assignments the update changed (the same assignment in every linked gradebook, UpdateLinkedGradebooksToo) as an array. The article states no status; Aeries' PowerShell module expects 200."),
            new AeriesOperation("gradebook.update_updating_assignment_information_assignments_unique_id", "PUT", "gradebooks/Assignments/{UniqueID}", Needs("Gradebook Data", U), Arr, Gradebook, successStatusStated: false,
                note: "Answers the assignments the update changed (linked gradebooks included) as an array. The article states no status; Aeries' PowerShell module expects 200."),
            new AeriesOperation("gradebook.create_inserting_a_new_assignment", "POST", "gradebooks/{GradebookNumber}/Assignments", Needs("Gradebook Data", U), Arr, Gradebook, successStatus: 201, successStatusStated: false,
                note: "Answers the assignments the insert added (one per linked gradebook, CreateInLinkedGradebooksToo) as an array. The article states no status; 201 is Aeries' PowerShell module's (New-AeriesGradebookAssignment)."),
            new AeriesOperation("gradebook.get_final_mark_ranges", "GET", "gradebooks/{GradebookNumber}/FinalMarks", Needs("Gradebook Data", R), Arr, Gradebook,
                client: new[] { List("GetFinalMarkRangesAsync", "FinalMark", "A gradebook's final mark ranges.") }),
            new AeriesOperation("gradebook.get_gradebook_student_information", "GET", "gradebooks/{GradebookNumber}/{GradebookTerm}/students/{StudentID?}", Needs("Gradebook Data", R), Obj, Gradebook,
                client: new[] { List("GetGradebookStudentsAsync", "GradebookStudent", "The students of a gradebook term.", Param("GradebookTerm", type: "string", doc: "The GradebookTerm: a term code of the gradebook."), Param("StudentID", omitted: true)), One("GetGradebookStudentAsync", "GradebookStudent", "One student of a gradebook term (Aeries answers one object).", Param("GradebookTerm", type: "string", doc: "The GradebookTerm: a term code of the gradebook."), Param("StudentID", required: true)) }),
            new AeriesOperation("gradebook.get_assignment_scores", "GET", "gradebooks/{GradebookNumber}/assignments/{AssignmentNumber}/scores/{StudentID?}", Needs("Gradebook Scores", R), Obj, Gradebook,
                client: new[] { List("GetAssignmentScoresAsync", "AssignmentScore", "Every score of an assignment.", Param("StudentID", omitted: true)), One("GetAssignmentScoreAsync", "AssignmentScore", "One student's score on an assignment (Aeries answers one object).", Param("StudentID", required: true)) }),
            new AeriesOperation("gradebook.get_assignment_scores_assignments_unique_id_scores_student_id", "GET", "gradebooks/assignments/{UniqueID}/scores/{StudentID?}", Needs("Gradebook Scores", R), Obj, Gradebook,
                client: new[] { List("GetAssignmentScoresByUniqueIdAsync", "AssignmentScore", "Every score of an assignment, by its unique ID.", Param("UniqueID", type: "string"), Param("StudentID", omitted: true)), One("GetAssignmentScoreByUniqueIdAsync", "AssignmentScore", "One student's score on an assignment, by its unique ID (Aeries answers one object).", Param("UniqueID", type: "string"), Param("StudentID", required: true)) }),
            new AeriesOperation("gradebook.create_updating_assignment_scores", "POST", "gradebooks/{GradebookNumber}/assignments/{AssignmentNumber}/Scores", Needs("Gradebook Scores", U), Arr, Gradebook, successStatusStated: false,
                note: "Answers every score of the assignment after the update, however many were sent. The article states no status; Aeries' PowerShell module expects 200."),
            new AeriesOperation("gradebook.create_updating_assignment_scores_assignments_unique_id_scores", "POST", "gradebooks/assignments/{UniqueID}/Scores", Needs("Gradebook Scores", U), Arr, Gradebook, successStatusStated: false,
                note: "Answers every score of the assignment after the update. The article states no status; Aeries' PowerShell module expects 200."),
        };
    }

    private static AeriesArea[] Areas(string[] names)
    {
        var areas = new AeriesArea[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            areas[i] = AreaCatalog.Get(names[i]);
        }

        return areas;
    }

    private sealed class AreaFacts
    {
        public AreaFacts(IReadOnlyList<AeriesOperation> operations, AeriesAccess supportedAccess, AeriesOperation? probe, string? notVerifiableReason, AreaVerification verification)
        {
            Operations = operations;
            SupportedAccess = supportedAccess;
            Probe = probe;
            NotVerifiableReason = notVerifiableReason;
            Verification = verification;
        }

        public IReadOnlyList<AeriesOperation> Operations { get; }

        public AeriesAccess SupportedAccess { get; }

        public AeriesOperation? Probe { get; }

        public string? NotVerifiableReason { get; }

        public AreaVerification Verification { get; }
    }
}
