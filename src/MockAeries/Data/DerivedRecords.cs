using System;
using System.Collections.Generic;
using System.Linq;
using IlluminatePerms.Contract;
using IlluminatePerms.Grants;

namespace IlluminatePerms.MockAeries.Data;

/// <summary>
/// The records that hang off students, sections and gradebooks, computed from the seed and the
/// keys on each request instead of being stored: at 100,000 students there would be millions of
/// scores and attendance days. The same request always gives the same records.
/// </summary>
internal static class DerivedRecords
{
    private const int AssignmentsPerGradebook = 6;

    // Program codes the district uses, as the programs article maps them to tables; the API Security
    // row that governs each is ProgramRows.AreaOf's. "144x" replaces 144 for a student being evaluated.
    private static readonly (string Code, string Description)[] Programs =
    {
        ("127", "Gifted and Talented Education (GATE)"),
        ("144", "Special Education"),
        ("181", "NSLP Free Meal Program"),
        ("182", "NSLP Reduced-Price Meal Program"),
        ("101", "504 Accommodation Plan"),
        ("190", "Foster Program"),
        ("191", "Homeless Program"),
    };

    // A 504 plan (FOF) has no API Security row of its own: the mock lets it follow the endpoint's own permission.
    private static readonly AeriesArea ProgramsEndpointArea = AeriesContract.Get(AeriesOperationIds.Students.GetPrograms).RequiredGrant!.Value.Area;

    /// <summary>The programs a student takes part in, each with the Read grant that governs its row.</summary>
    public static IEnumerable<(StudentProgram Program, Grant Area)> ProgramsOf(AeriesDataSet data, Student student)
    {
        for (var i = 0; i < Programs.Length; i++)
        {
            if (DeterministicHash.Below(4, data.Seed, student.StudentID, 20, i) == 0)
            {
                var (code, description) = Programs[i];
                if (code == "144" && DeterministicHash.Below(4, data.Seed, student.StudentID, 22) == 0)
                {
                    // The article: a CSE record with no eligibility date and "being evaluated" set answers as 144x.
                    (code, description) = ("144x", "Evaluating for Special Education Services");
                }

                var properties = code == "144"
                    ? new[] { new ExtendedProperty("DisabilityCode", "240"), new ExtendedProperty("DisabilityCodeDescription", "Speech or Language Impairment (SLI)") }
                    : Array.Empty<ExtendedProperty>();
                yield return (new StudentProgram(properties, student.StudentID, code, description, student.SchoolEnterDate, null, student.SchoolEnterDate.AddDays(30), null),
                    new Grant(ProgramRows.AreaOf(code) ?? ProgramsEndpointArea, AeriesAccess.Read));
            }
        }
    }

    /// <summary>One or two contacts per student, as generated (before any write).</summary>
    public static IEnumerable<Contact> GeneratedContactsOf(AeriesDataSet data, Student student)
    {
        var count = 1 + DeterministicHash.Below(2, data.Seed, student.StudentID, 21);
        for (var sequence = 1; sequence <= count; sequence++)
        {
            var first = DataSetBuilder.Person(data.Seed, student.StudentID, 30 + sequence).First;
            yield return new Contact(
                student.StudentID, student.SchoolCode, sequence, sequence, $"{first} {student.LastName}", string.Empty, first, student.LastName,
                string.Empty, string.Empty, student.MailingAddress, student.MailingAddressCity, student.MailingAddressState, student.MailingAddressZipCode,
                string.Empty, sequence == 1 ? "10" : "11", "Y", sequence == 1 ? "Y" : "N", "Y", "Y", sequence == 1 ? "Y" : string.Empty,
                sequence == 1 ? "Y" : "N", false, student.HomePhone, $"555{310 + sequence}{student.StudentNumber % 10000:0000}", string.Empty, string.Empty,
                $"{first.ToLowerInvariant()}.{student.LastName.ToLowerInvariant()}{student.StudentNumber}@family.example.org",
                student.CorrespondenceLanguageCode, "1", "A", student.SchoolEnterDate, string.Empty);
        }
    }

    /// <summary>The contacts of a student, with any written through the API.</summary>
    public static IReadOnlyList<Contact> ContactsOf(AeriesDataSet data, Student student)
        => Current(data, RecordKinds.Contacts, student.StudentID, () => GeneratedContactsOf(data, student));

    /// <summary>The <paramref name="kind"/> records of an owner as writes left them, or as generated when none was written.</summary>
    public static IReadOnlyList<T> Current<T>(AeriesDataSet data, string kind, long owner, Func<IEnumerable<T>> generated)
        => data.Writes.List<T>(kind, owner) ?? generated().ToList();

    /// <summary>The student's sections, one per period.</summary>
    public static IEnumerable<Section> ClassesOf(AeriesDataSet data, Student student)
        => data.ClassIndex.TryGetValue(student.StudentID, out var keys) ? keys.Select(key => data.SectionIndex[key]) : Enumerable.Empty<Section>();

    /// <summary>Supplemental columns: the school's (with any written through the API) or the district's.</summary>
    public static SupplementalRecord SupplementalOf(AeriesDataSet data, Student student, bool district)
        => district
            ? GeneratedSupplementalOf(data, student, district: true)
            : new SupplementalRecord(student.StudentID, Current(data, RecordKinds.SchoolSupplemental, student.StudentID, () => GeneratedSupplementalOf(data, student, district: false).Columns));

    /// <summary>Supplemental columns as generated.</summary>
    public static SupplementalRecord GeneratedSupplementalOf(AeriesDataSet data, Student student, bool district)
    {
        var salt = district ? 40 : 41;
        var columns = district
            ? new[] { ("BT", "Bus Route", "varchar"), ("LK", "Laptop Asset Tag", "varchar") }
            : new[] { ("CD", "Type of Permit", "varchar"), ("DT", "Issue Date", "datetime"), ("IN", "Issue #", "nchar") };
        return new SupplementalRecord(student.StudentID, columns.Select((c, i) => new SupplementalColumn(
            c.Item1, c.Item2,
            c.Item3 == "datetime" ? $"8/{1 + DeterministicHash.Below(28, data.Seed, student.StudentID, salt, i)}/{data.DatabaseYear} 12:00:00 AM" : $"{(char)('A' + DeterministicHash.Below(26, data.Seed, student.StudentID, salt, i))}{DeterministicHash.Below(1000, data.Seed, student.StudentID, salt, i + 10)}",
            c.Item3)).ToList());
    }

    /// <summary>The student's enrollments: one per year from entering the school to this database year.</summary>
    public static IEnumerable<EnrollmentRecord> EnrollmentsOf(AeriesDataSet data, Student student)
    {
        for (var year = student.SchoolEnterDate.Year; year <= data.DatabaseYear; year++)
        {
            var grade = student.Grade - (data.DatabaseYear - year);
            yield return new EnrollmentRecord(
                student.StudentID, student.SchoolCode, student.StudentNumber, year, new DateTime(year, 8, 15), year < data.DatabaseYear ? new DateTime(year + 1, 6, 11) : null,
                year < data.DatabaseYear ? "100" : string.Empty, grade, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, 0, string.Empty, string.Empty);
        }
    }

    /// <summary>School days between two dates with the student's codes ("" present, "A" absent, "T" tardy) per class.</summary>
    public static AttendanceRecord AttendanceOf(AeriesDataSet data, Student student, DateTime from, DateTime to)
    {
        var classes = ClassesOf(data, student).ToArray();
        var days = new List<AttendanceDay>();
        for (var day = from.Date; day <= to.Date && days.Count < 400; day = day.AddDays(1))
        {
            if (IsSchoolDay(data, day))
            {
                var code = AllDayCode(data, student, day);
                days.Add(new AttendanceDay(day, code, classes.Select(s => new ClassAttendance(s.SectionNumber, s.Period, code)).ToList()));
            }
        }

        return new AttendanceRecord(student.StudentID, days);
    }

    /// <summary>One summary per school year the student has been at the school.</summary>
    public static AttendanceHistory AttendanceHistoryOf(AeriesDataSet data, Student student, int? onlyYear)
    {
        var summaries = new List<AttendanceHistorySummary>();
        for (var year = student.SchoolEnterDate.Year; year <= data.DatabaseYear; year++)
        {
            if (onlyYear is { } wanted && wanted != year)
            {
                continue;
            }

            var enrolled = 178;
            var absent = DeterministicHash.Below(12, data.Seed, student.StudentID, 51, year);
            var excused = absent / 2;
            var tardy = DeterministicHash.Below(6, data.Seed, student.StudentID, 52, year);
            summaries.Add(new AttendanceHistorySummary(
                string.Empty, 0, DataSetCache.YearText(year), student.SchoolCode, enrolled, enrolled - absent, absent, excused, absent - excused, tardy,
                0, 0, 0, enrolled * DataSetBuilder.Periods, (enrolled - absent) * DataSetBuilder.Periods));
        }

        return new AttendanceHistory(student.StudentID, summaries);
    }

    /// <summary>The absences and tardies of the current year.</summary>
    public static AttendanceHistoryDetails AttendanceDetailsOf(AeriesDataSet data, Student student)
    {
        var school = data.SchoolIndex[student.SchoolCode];
        var record = AttendanceOf(data, student, school.Terms[0].StartDate, school.Terms[1].EndDate);
        return new AttendanceHistoryDetails(student.StudentID, record.AttendanceDays
            .Where(d => d.AllDayAttendanceCode.Length > 0)
            .Select(d => new AttendanceHistoryDay(DataSetCache.YearText(data.DatabaseYear), student.SchoolCode, d.CalendarDate, d.AllDayAttendanceCode))
            .ToList());
    }

    /// <summary>Zero to two minor infractions (Discipline), each reported by a staff member of the student's school.</summary>
    public static DisciplineRecord DisciplineOf(AeriesDataSet data, Student student)
    {
        var incidents = new List<DisciplineIncident>();
        for (var i = 1; i <= IncidentCount(data, student, 61); i++)
        {
            var day = new DateTime(data.DatabaseYear, 10, 1).AddDays(i * 17);
            incidents.Add(new DisciplineIncident(
                i, day, "D", "Inappropriate use of laptop.", student.SchoolCode, student.CounselorNumber, "teacher", "admin", day.AddDays(13), string.Empty,
                day.AddHours(8.5), string.Empty, "AT", "COU", day.AddDays(13).AddHours(13)));
        }

        return new DisciplineRecord(student.StudentID, incidents);
    }

    /// <summary>Zero to two incidents with punitive action (Assertive Discipline), each with one disposition (a detention).</summary>
    public static AssertiveDisciplineRecord AssertiveDisciplineOf(AeriesDataSet data, Student student)
    {
        var incidents = new List<AssertiveDisciplineIncident>();
        for (var i = 1; i <= IncidentCount(data, student, 60); i++)
        {
            var day = new DateTime(data.DatabaseYear, 10, 1).AddDays(i * 17);
            var detention = new AdministrativeDecision(
                student.StudentID, 0m, 0m, null, null, null, " ", 0, null, 1, "DET", 0m, 1m, day.AddDays(1), null, null, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty);
            incidents.Add(new AssertiveDisciplineIncident(
                new[] { detention }, string.Empty, student.CounselorNumber, string.Empty, i, day, 17000 + (student.StudentNumber * 2) + i, null, "A", 0, "O", string.Empty, string.Empty,
                0m, string.Empty, string.Empty, "One hour detention given.", false, "37"));
        }

        return new AssertiveDisciplineRecord(student.StudentID, incidents);
    }

    /// <summary>Zero or one fee, partly paid.</summary>
    public static FeeRecord FeesOf(AeriesDataSet data, Student student)
        => new(student.StudentID, DeterministicHash.Below(5, data.Seed, student.StudentID, 62) == 0
            ? new[] { new Fee("LIB-06", 1, 25m, new DateTime(data.DatabaseYear, 11, 3), 15m, null, 0, string.Empty, "0", student.SchoolCode) }
            : Array.Empty<Fee>());

    /// <summary>The extended record of a student: the keys of its Student record, the rest blank as for a student with no history.</summary>
    public static StudentExtended ExtendedOf(AeriesDataSet data, Student student)
    {
        var ninth = data.DatabaseYear - Math.Max(0, student.Grade - 9);
        return new StudentExtended(
            student.StudentID, string.Empty, string.Empty, string.Empty, null, 0, 0, 0, string.Empty, string.Empty, string.Empty, null, "2",
            student.Grade >= 9 ? DataSetCache.YearText(ninth) : string.Empty, student.Grade >= 9 ? DataSetCache.YearText(ninth + 3) : string.Empty,
            student.SchoolCode, student.StudentNumber, student.StateStudentID, null, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty,
            string.Empty, string.Empty, string.Empty, null, string.Empty, null, string.Empty, string.Empty, null, string.Empty, student.Grade, student.Grade,
            string.Empty, student.DistrictEnterDate, student.DistrictEnterDate, student.DistrictEnterDate, null, student.HomeLanguageCode, student.HomeLanguageCode,
            student.HomeLanguageCode, student.HomeLanguageCode, string.Empty, string.Empty, null, null, string.Empty, 0, string.Empty, string.Empty, string.Empty,
            0, student.SchoolCode, student.NextSchoolCode == 0 ? student.SchoolCode : student.NextSchoolCode, student.NextGrade, student.NextSchoolCode);
    }

    /// <summary>The student's tests, with any written through the API.</summary>
    public static IReadOnlyList<TestRecord> TestsOf(AeriesDataSet data, Student student)
        => Current(data, RecordKinds.Tests, student.StudentID, () => GeneratedTestsOf(data, student));

    /// <summary>State test results, two parts.</summary>
    public static IEnumerable<TestRecord> GeneratedTestsOf(AeriesDataSet data, Student student)
    {
        var sequence = 0;
        foreach (var (part, salt) in new[] { ("1", 70), ("2", 71) })
        {
            var scale = 2300 + DeterministicHash.Below(500, data.Seed, student.StudentID, salt);
            yield return new TestRecord(
                student.StudentID, new[] { new TestScoreValue("ScaleScore", scale), new TestScoreValue("Other", scale > 2600 ? 3m : 2m) }, ++sequence,
                "SBAC", part, part == "1" ? "Smarter Balanced ELA" : "Smarter Balanced Math", student.Grade - 1, string.Empty,
                new DateTime(data.DatabaseYear, 4, 20), string.Empty, string.Empty);
        }
    }

    /// <summary>An ACT result for students in grade 11 and up; none below.</summary>
    public static CollegeTestRecord CollegeTestsOf(AeriesDataSet data, Student student)
    {
        if (student.Grade < 11)
        {
            return new CollegeTestRecord(student.StudentID, Array.Empty<CollegeTestScore>());
        }

        var subTests = new[] { "EN", "MT", "RD", "SC" }.Select((code, i) => new CollegeSubTest(code, 12 + DeterministicHash.Below(24, data.Seed, student.StudentID, 80, i))).ToList();
        return new CollegeTestRecord(student.StudentID, new[]
        {
            new CollegeTestScore(subTests, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, new DateTime(data.DatabaseYear, 10, 5), "ACT", subTests.Sum(s => s.Score)),
        });
    }

    /// <summary>A deterministic stand-in JPEG of about 6 KB, as the documented serialized byte array.</summary>
    public static StudentPictures PicturesOf(AeriesDataSet data, Student student)
    {
        var bytes = new byte[6 * 1024];
        bytes[0] = 0xFF;
        bytes[1] = 0xD8;
        for (var i = 2; i < bytes.Length - 2; i += 8)
        {
            BitConverter.TryWriteBytes(bytes.AsSpan(i, Math.Min(8, bytes.Length - 2 - i)), DeterministicHash.Of(data.Seed, student.StudentID, 90, i));
        }

        bytes[^2] = 0xFF;
        bytes[^1] = 0xD9;
        return new StudentPictures(student.StudentID, new[] { new StudentPicture(data.DatabaseYear, bytes, "jpg", bytes.Length) }, student.SchoolCode);
    }

    /// <summary>The grade point averages.</summary>
    public static GpaRecord GpaOf(AeriesDataSet data, Student student)
    {
        var gpa = 2m + DeterministicHash.Below(200, data.Seed, student.StudentID, 95) / 100m;
        var credits = 60m * (student.Grade - 9);
        var rank = 1 + DeterministicHash.Below(400, data.Seed, student.StudentID, 97);
        return new GpaRecord(
            student.StudentID, student.SchoolCode, rank, 400, rank, gpa, gpa, gpa, gpa - 0.2m, gpa - 0.2m, gpa - 0.2m, gpa * credits / 5m, gpa, gpa,
            0m, 0m, credits, credits, gpa, gpa, gpa - 0.2m, gpa - 0.2m, rank, 400, 30m, 30m);
    }

    /// <summary>The marks of the student's classes, with any changed through the API.</summary>
    public static IReadOnlyList<GradeRecord> GradesOf(AeriesDataSet data, Student student)
        => Current(data, RecordKinds.Grades, student.StudentID, () => GeneratedGradesOf(data, student));

    /// <summary>Fall marks of the student's classes.</summary>
    public static IEnumerable<GradeRecord> GeneratedGradesOf(AeriesDataSet data, Student student)
        => ClassesOf(data, student).Select(c => new GradeRecord(student.StudentID, c.SchoolCode, c.SectionNumber, c.CourseID, "F", Mark(DeterministicHash.Below(100, data.Seed, student.StudentID, 100, c.SectionNumber))));

    /// <summary>Courses completed in earlier years, one record per course and year.</summary>
    public static Transcript TranscriptOf(AeriesDataSet data, Student student)
    {
        var school = data.SchoolIndex[student.SchoolCode];
        var courses = new List<TranscriptCourseGrade>();
        for (var year = 1; year <= student.Grade - 9; year++)
        {
            for (var i = 0; i < 3; i++)
            {
                var course = data.CourseList[DeterministicHash.Below(data.CourseList.Count, data.Seed, student.StudentID, 110 + year, i)];
                var mark = Mark(DeterministicHash.Below(100, data.Seed, student.StudentID, 120 + year, i));
                courses.Add(new TranscriptCourseGrade(
                    0m, string.Empty, 0, null, 0m, string.Empty, course.ID, string.Empty, mark, 10m, mark == "F" ? 0m : 10m, student.Grade - year,
                    0, "Year", DataSetCache.YearText(data.DatabaseYear - year), school.SchoolCode, school.Name, school.StateSchoolID, string.Empty, string.Empty,
                    courses.Count + 1, 0, 0, 180, 180, 0, 0, 0, 0, 0));
            }
        }

        return new Transcript(student.StudentID, courses, student.SchoolCode);
    }

    /// <summary>The student's report card: a course per class, with the current marking period's grade (period 1).</summary>
    public static ReportCard ReportCardOf(AeriesDataSet data, Student student)
        => new(student.StudentID, ClassesOf(data, student).Join(
            GradesOf(data, student), c => c.SectionNumber, g => g.SectionNumber, (c, g) => new ReportCardCourse(
                c.SchoolCode, c.CourseID, data.CourseIndex[c.CourseID].Title, c.Period, c.SectionNumber, 0, new[]
                {
                    new MarkingPeriodGrade(
                        c.SectionStaffMembers[0].StaffID, 0m, string.Empty, 1, g.Mark, g.Mark == "F" ? 0m : 5m, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty,
                        0, 0, 45, 45, 0, 0, 0),
                })).ToList());

    /// <summary>A student's credits by subject area, against the school's requirements for the student's grade.</summary>
    public static GraduationStatus GraduationStatusOf(Student student)
    {
        var completed = 10m * (student.Grade - 9);
        var areas = SchoolRecords.RequiredSubjectAreas.Select(a =>
        {
            var required = student.Grade switch { <= 9 => a.RequiredCreditFor9thGraders, 10 => a.RequiredCreditFor10thGraders, 11 => a.RequiredCreditFor11thGraders, _ => a.RequiredCreditFor12thGraders };
            var done = Math.Min(required, completed);
            return new SubjectAreaStatus(a.SubjectAreaCode, a.SubjectAreaDescription, required, done, 5m, Math.Max(0m, required - done - 5m));
        }).ToList();
        return new GraduationStatus(student.StudentID, areas, student.SchoolCode, string.Empty);
    }

    /// <summary>The student's authorizations: zero or one approved authorization (one for each school's first student), with any written through the API.</summary>
    public static IReadOnlyList<Authorization> AuthorizationsOf(AeriesDataSet data, Student student)
        => Current(data, RecordKinds.Authorizations, student.StudentID, () => DeterministicHash.Below(3, data.Seed, student.StudentID, 96) != 0 || student.StudentNumber == 1
            ? new[]
            {
                new Authorization(
                    student.StudentID, student.SchoolCode, 1, new DateTime(data.DatabaseYear, 8, 25), "3", string.Empty, "1", new DateTime(data.DatabaseYear, 8, 25),
                    new DateTime(data.DatabaseYear + 1, 6, 30), string.Empty, string.Empty, string.Empty),
            }
            : Array.Empty<Authorization>());

    /// <summary>The student's activities and awards: zero or one (one for each school's first student, like the demo's), with any written through the API.</summary>
    public static IReadOnlyList<Activity> ActivitiesOf(AeriesDataSet data, Student student)
        => Current(data, RecordKinds.Activities, student.StudentID, () => DeterministicHash.Below(3, data.Seed, student.StudentID, 97) == 0 || student.StudentNumber == 1
            ? new[]
            {
                new Activity(
                    student.StudentID, 1, new DateTime(data.DatabaseYear, 9, 1), "A", "BND", "Marching Band", new DateTime(data.DatabaseYear, 9, 1), null, 0m, string.Empty,
                    "F", string.Empty, null, string.Empty, string.Empty, string.Empty),
            }
            : Array.Empty<Activity>());

    /// <summary>Three course requests for next year, with any written through the API.</summary>
    public static IReadOnlyList<CourseRequest> CourseRequestsOf(AeriesDataSet data, Student student)
        => Current(data, RecordKinds.CourseRequests, student.StudentID, () => Enumerable.Range(1, 3).Select(p =>
            new CourseRequest(student.StudentID, student.SchoolCode, p, data.CourseList[(student.StudentNumber + p * 5) % data.CourseList.Count].ID, p)));

    /// <summary>
    /// The certificated and classified assignments of a staff member (numbered per type, this school
    /// year), with any written through the API: a teacher teaches; every third teacher also advises
    /// the yearbook (classified); anyone else is an office clerk.
    /// </summary>
    public static IReadOnlyList<StaffAssignment> AssignmentsOf(AeriesDataSet data, Staff staff)
        => Current(data, RecordKinds.StaffAssignments, staff.ID, () => GeneratedAssignmentsOf(data, staff));

    /// <summary>The area that governs a staff assignment: Staff Job Assignments for certificated, Staff Assignments (Classified) for classified.</summary>
    public static Grant AreaOf(StaffAssignment assignment, AeriesAccess access)
        => new(assignment.AssignmentType == StaffAssignmentTypes.Classified ? "Staff Assignments (Classified)" : "Staff Job Assignments", access);

    private static IEnumerable<StaffAssignment> GeneratedAssignmentsOf(AeriesDataSet data, Staff staff)
    {
        var teacher = staff.Title == "Teacher";
        var start = new DateTime(data.DatabaseYear, 7, 1);
        var end = new DateTime(data.DatabaseYear + 1, 6, 30);
        yield return Assignment(teacher ? StaffAssignmentTypes.Certificated : StaffAssignmentTypes.Classified, staff, teacher ? "12" : "31", 100, start, end);
        if (teacher && staff.ID % 3 == 0)
        {
            yield return Assignment(StaffAssignmentTypes.Classified, staff, "44", 10, start, end);
        }
    }

    private static StaffAssignment Assignment(string type, Staff staff, string job, double percentage, DateTime start, DateTime end)
        => new(type, staff.ID, 1, job, percentage, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, staff.PrimaryAeriesSchool, start, end);

    /// <summary>The student's classes as a schedule.</summary>
    public static IEnumerable<ClassScheduleEntry> ScheduleOf(AeriesDataSet data, Student student)
        => ClassesOf(data, student).Select(s => new ClassScheduleEntry(
            student.StudentID, s.SchoolCode, s.SectionNumber, s.Period, s.CourseID, data.CourseIndex[s.CourseID].Title, s.SectionStaffMembers[0].StaffID, student.SchoolEnterDate, null));

    /// <summary>The generated assignments of a gradebook (before any write).</summary>
    public static IReadOnlyList<Assignment> GeneratedAssignments(AeriesDataSet data, int gradebook)
    {
        var book = data.GradebookIndex[gradebook];
        var assignments = new Assignment[AssignmentsPerGradebook];
        for (var n = 1; n <= AssignmentsPerGradebook; n++)
        {
            var assigned = book.StartDate.AddDays(7 * n);
            var points = 10m * (1 + DeterministicHash.Below(5, data.Seed, gradebook, 130, n));
            var category = book.AssignmentCategories[(n - 1) % book.AssignmentCategories.Count];
            assignments[n - 1] = new Assignment(
                category, n, string.Empty, assigned, assigned.AddDays(7), $"Assignment {n}", string.Empty, n % 3 == 0 ? "S" : "F", gradebook, n <= 3,
                points, points, false, true, StableGuid(data.Seed, gradebook, n), true);
        }

        return assignments;
    }

    /// <summary>The scores of an assignment, one per student of the gradebook's roster.</summary>
    public static IEnumerable<Score> ScoresOf(AeriesDataSet data, Assignment assignment)
    {
        foreach (var studentId in RosterOf(data, assignment.GradebookNumber))
        {
            yield return data.GradebookState.WrittenScore(assignment.GradebookNumber, assignment.AssignmentNumber, studentId)
                ?? GeneratedScore(data, assignment, studentId);
        }
    }

    /// <summary>
    /// A gradebook's students in a term, each with the overall percent and mark of the graded
    /// assignments so far (0 and no mark before any is graded), in roster order.
    /// </summary>
    public static IEnumerable<GradebookStudent> GradebookStudentsOf(AeriesDataSet data, Gradebook gradebook, GradebookTerm term)
    {
        var graded = data.GradebookState.Assignments(gradebook.GradebookNumber).Where(a => a.GradingCompleted).Select(a => ScoresOf(data, a).ToDictionary(x => x.StudentID)).ToList();
        var marks = SchoolRecords.FinalMarksOf(gradebook);
        var order = 0;
        foreach (var id in RosterOf(data, gradebook.GradebookNumber))
        {
            var student = data.StudentIndex[id];
            var scores = graded.Select(byStudent => byStudent[id]).ToList();
            var possible = scores.Sum(x => x.PointsPossible);
            var percent = possible == 0 ? 0m : Math.Round(100m * scores.Sum(x => x.PointsEarned ?? 0m) / possible, 4);
            var mark = possible == 0 ? string.Empty : marks.First(m => percent >= m.LowValue).Mark;
            yield return new GradebookStudent(
                mark, percent, term.Code, ++order, term.EndDate, 0, string.Empty, 0, student.SchoolCode, term.StartDate,
                student.FirstName, student.Grade, id, student.LastName, student.MiddleName, student.StudentNumber, student.Gender);
        }
    }

    /// <summary>The StudentIDs of a gradebook's sections.</summary>
    public static IEnumerable<int> RosterOf(AeriesDataSet data, int gradebook)
        => data.GradebookIndex[gradebook].Sections.SelectMany(s => data.RosterIndex[(s.SchoolCode, s.SectionNumber)]);

    /// <summary>
    /// A score as a write-back sets it. The article: without a DateCompleted Aeries uses the
    /// assignment's due date; with nothing possible (a rubric assignment) the points earned match the
    /// number correct, and its example gives such a score a PercentCorrect of 0.
    /// </summary>
    public static Score ScoreFromUpdate(Assignment assignment, ScoreUpdate update)
    {
        var correct = update.NumberCorrect;
        var possible = assignment.NumberCorrectPossible;
        var percent = correct is null ? (decimal?)null : possible == 0 ? 0m : Math.Round(100m * correct.Value / possible, 1);
        var earned = possible == 0 ? correct : correct * assignment.PointsPossible / possible;
        return new Score(
            assignment.AssignmentNumber, update.DateCompleted ?? assignment.DateDue, assignment.GradebookNumber, update.IsMissing ?? false, false, earned?.ToString("0.0000", System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
            correct, assignment.NumberCorrectPossible, percent, update.StudentID, earned, assignment.PointsPossible, 0, 0m, Array.Empty<StandardScore>());
    }

    /// <summary>A GUID that depends only on its keys.</summary>
    public static Guid StableGuid(int seed, int gradebook, int assignment)
    {
        var bytes = new byte[16];
        BitConverter.TryWriteBytes(bytes.AsSpan(0, 8), DeterministicHash.Of(seed, gradebook, assignment, 1));
        BitConverter.TryWriteBytes(bytes.AsSpan(8, 8), DeterministicHash.Of(seed, gradebook, assignment, 2));
        return new Guid(bytes);
    }

    private static Score GeneratedScore(AeriesDataSet data, Assignment assignment, int studentId)
    {
        if (!assignment.GradingCompleted)
        {
            return new Score(assignment.AssignmentNumber, null, assignment.GradebookNumber, false, false, string.Empty, null, assignment.NumberCorrectPossible, null, studentId, null, assignment.PointsPossible, 0, 0m, Array.Empty<StandardScore>());
        }

        var roll = DeterministicHash.Below(100, data.Seed, assignment.GradebookNumber * 100L + assignment.AssignmentNumber, studentId, 140);
        var earned = Math.Round(assignment.PointsPossible * (40 + roll * 0.6m) / 100m, 1);
        return new Score(
            assignment.AssignmentNumber, assignment.DateDue, assignment.GradebookNumber, roll < 3, false, earned.ToString("0.0000", System.Globalization.CultureInfo.InvariantCulture),
            earned, assignment.NumberCorrectPossible, Math.Round(100m * earned / assignment.PointsPossible, 1), studentId, earned, assignment.PointsPossible, 0, 0m, Array.Empty<StandardScore>());
    }

    private static int IncidentCount(AeriesDataSet data, Student student, int salt)
        => DeterministicHash.Below(10, data.Seed, student.StudentID, salt) switch { 0 => 2, 1 or 2 => 1, _ => 0 };

    private static string AllDayCode(AeriesDataSet data, Student student, DateTime day)
    {
        var roll = DeterministicHash.Below(100, data.Seed, student.StudentID, 50, day.Ticks / TimeSpan.TicksPerDay);
        return roll < 5 ? "A" : roll < 8 ? "T" : string.Empty;
    }

    private static bool IsSchoolDay(AeriesDataSet data, DateTime day)
        => day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)
           && day >= new DateTime(data.DatabaseYear, 8, 15) && day <= new DateTime(data.DatabaseYear + 1, 6, 11);

    private static string Mark(int roll) => roll switch { < 20 => "A", < 50 => "B", < 80 => "C", < 93 => "D", _ => "F" };
}
