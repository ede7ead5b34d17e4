using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace IlluminatePerms.MockAeries.Data;

/// <summary>
/// Makes a deterministic district from a seed, a scale (number of students) and a database year.
/// The demo identities of Aeries' public demo exist at every scale: school 994 "Screaming Eagle
/// High School", student 99400001, staff 994605, section 43, course 0618, gradebook 4366926.
/// </summary>
internal static class DataSetBuilder
{
    /// <summary>The demo school's code.</summary>
    public const int DemoSchoolCode = 994;

    /// <summary>Students per school, roughly (schools are added as the scale grows).</summary>
    public const int StudentsPerSchool = 1500;

    /// <summary>Number of periods every student and teacher has.</summary>
    public const int Periods = 6;

    private const int FirstGradebookNumber = 4366884;
    private const int StudentsPerTeacher = 25;
    private const int MinimumTeachers = 8;

    /// <summary>Builds the data set.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The scale is below 1 or above 1,000,000.</exception>
    public static AeriesDataSet Build(int seed, int scale, int databaseYear)
    {
        if (scale < 1 || scale > 1_000_000)
        {
            throw new ArgumentOutOfRangeException(nameof(scale), scale, "The scale (number of students) must be between 1 and 1,000,000.");
        }

        var data = new AeriesDataSet(seed, databaseYear);
        AddCourses(data);
        var schools = (scale + StudentsPerSchool - 1) / StudentsPerSchool;
        var gradebookNumber = FirstGradebookNumber;
        for (var s = 0; s < schools; s++)
        {
            var students = scale / schools + (s < scale % schools ? 1 : 0);
            var school = AddSchool(data, DemoSchoolCode + s, s);
            var teachers = AddStaff(data, school, Math.Max(MinimumTeachers, (students + StudentsPerTeacher - 1) / StudentsPerTeacher));
            AddStudents(data, school, students);
            gradebookNumber = AddSections(data, school, teachers, gradebookNumber);
        }

        return data;
    }

    private static void AddCourses(AeriesDataSet data)
    {
        foreach (var (id, title, department) in NamePools.Courses)
        {
            var course = new Course(id, title, string.Empty, department, $"6{id[1..]}", 5m, 5m, "Y", 9, 12, string.Empty, string.Empty);
            data.CourseList.Add(course);
            data.CourseIndex.Add(id, course);
        }
    }

    private static School AddSchool(AeriesDataSet data, int code, int index)
    {
        var year = data.DatabaseYear;
        var city = NamePools.Cities[index % NamePools.Cities.Length];
        var name = code == DemoSchoolCode
            ? "Screaming Eagle High School"
            : $"{city} {NamePools.Mascots[index % NamePools.Mascots.Length]} High School {index}";
        var none = Array.Empty<Term>();
        var terms = new[]
        {
            new Term(null, null, none, "F", "Fall", new DateTime(year, 8, 15), new DateTime(year, 12, 19)),
            new Term(null, null, none, "S", "Spring", new DateTime(year + 1, 1, 6), new DateTime(year + 1, 6, 11)),
            new Term(null, null, none, "Y", "Year", new DateTime(year, 8, 15), new DateTime(year + 1, 6, 11)),
        };
        var principal = Person(data.Seed, code, 0);
        var school = new School(
            code, name, name.Split(' ')[0], string.Empty, $"{100 + index} {NamePools.Streets[index % NamePools.Streets.Length]} Ave", city, "CA",
            $"9{5000 + index:0000}", string.Empty, false, "65", "99999", $"{index + 1:0000000}", 9, 12, $"{principal.First} {principal.Last}",
            $"{principal.First.ToLowerInvariant()}.{principal.Last.ToLowerInvariant()}@district.example.org", 0, 0, "MasterSchedule", "Regular", "Period",
            "Negative", "Semester", $"55501{index % 100:00}0000", string.Empty, terms);
        data.SchoolList.Add(school);
        data.SchoolIndex.Add(code, school);
        return school;
    }

    private static List<Teacher> AddStaff(AeriesDataSet data, School school, int teacherCount)
    {
        var teachers = new List<Teacher>(teacherCount);
        var access = new[] { new SchoolAccessPermission(school.SchoolCode, false, true) };
        var noProperties = Array.Empty<ExtendedProperty>();
        for (var k = 1; k <= teacherCount + 3; k++)
        {
            // Teachers first (994601 …; 994605 is the demo's), then three classified staff (…901).
            var isTeacher = k <= teacherCount;
            var id = school.SchoolCode * 1000 + (isTeacher ? 600 + k : 900 + k - teacherCount);
            var person = Person(data.Seed, id, 1);
            var email = $"{person.First.ToLowerInvariant()}.{person.Last.ToLowerInvariant()}{id % 1000}@district.example.org";
            var years = 1 + DeterministicHash.Below(20, data.Seed, id, 2);
            var staff = new Staff(
                access, noProperties, id, person.First, person.Last, string.Empty, DeterministicHash.Below(2, data.Seed, id, 3) == 0 ? "F" : "M",
                data.DatabaseYear - 30 - DeterministicHash.Below(30, data.Seed, id, 4), null, 100, new DateTime(data.DatabaseYear - years, 8, 1), null,
                string.Empty, string.Empty, $"{person.First[0]}{person.Last}{id % 1000}".ToLowerInvariant(), email, school.SchoolCode, string.Empty,
                string.Empty, $"HR{id}", string.Empty, "1", isTeacher ? "Teacher" : "Office Staff", "1", years, years);
            data.StaffList.Add(staff);
            data.StaffIndex.Add(id, staff);
            if (isTeacher)
            {
                teachers.Add(new Teacher(
                    0, string.Empty, 9, 12, school.SchoolCode, k, person.Last, person.First, person.Last, $"{100 + k}", email, id, 0, 0,
                    string.Empty, string.Empty, string.Empty));
            }
        }

        data.TeacherIndex.Add(school.SchoolCode, teachers);
        return teachers;
    }

    private static void AddStudents(AeriesDataSet data, School school, int count)
    {
        var year = data.DatabaseYear;
        var list = new List<Student>(count);
        for (var n = 1; n <= count; n++)
        {
            var id = school.SchoolCode * 100000 + n;
            var person = Person(data.Seed, id, 2);
            var grade = 12 - (n - 1) % 4;
            var birth = new DateTime(year - grade - 5, 1 + DeterministicHash.Below(12, data.Seed, id, 3), 1 + DeterministicHash.Below(28, data.Seed, id, 4));
            var first = person.First.ToLowerInvariant();
            var last = person.Last.ToLowerInvariant();
            var address = $"{100 + n % 900} {NamePools.Streets[n % NamePools.Streets.Length]} St";
            var language = DeterministicHash.Below(4, data.Seed, id, 7) == 0 ? "01" : "00";
            var student = new Student(
                id, 0, school.SchoolCode, n, $"{1000000000L + (long)id * 7 % 999999999}", person.Last, person.First,
                NamePools.FirstNames[DeterministicHash.Below(NamePools.FirstNames.Length, data.Seed, id, 5)], string.Empty, string.Empty, string.Empty,
                DeterministicHash.Below(2, data.Seed, id, 6) == 0 ? "F" : "M", grade, GradeNames.Short(grade), GradeNames.Long(grade), birth,
                $"M/M {person.First[0]} {person.Last}", $"555{200 + n % 700:000}{n % 10000:0000}", string.Empty,
                address, school.AddressCity, "CA", school.AddressZipCode, string.Empty, address, school.AddressCity, "CA", school.AddressZipCode, string.Empty,
                false, "N", "700", new DateTime(year - (grade - 9), 8, 15), null, new DateTime(year - (grade - 9), 8, 15), string.Empty, string.Empty,
                0, DataSetBuilder.Periods, string.Empty, id, DeterministicHash.Below(5, data.Seed, id, 8) == 0 ? "L" : "E", language, language, "12",
                $"parent.{last}{n}@family.example.org", $"{first}.{last}{n}@students.example.org", string.Empty, string.Empty,
                school.SchoolCode * 1000 + 700 + 1 + n % 4, DeterministicHash.Below(100, data.Seed, id, 10), "0", string.Empty, 0, grade + 1, string.Empty);
            list.Add(student);
            data.StudentIndex.Add(id, student);
        }

        data.StudentsBySchoolIndex.Add(school.SchoolCode, list);
    }

    /// <summary>Every teacher teaches every period; a student's class in period p is spread over the teachers.</summary>
    private static int AddSections(AeriesDataSet data, School school, List<Teacher> teachers, int gradebookNumber)
    {
        var students = data.StudentsBySchoolIndex[school.SchoolCode];
        var teacherCount = teachers.Count;
        var rosterSizes = new int[teacherCount * Periods];
        for (var i = 0; i < students.Count; i++)
        {
            for (var p = 1; p <= Periods; p++)
            {
                rosterSizes[SectionIndex(i, p, teacherCount)]++;
            }
        }

        var rosters = new int[rosterSizes.Length][];
        for (var i = 0; i < rosters.Length; i++)
        {
            rosters[i] = new int[rosterSizes[i]];
            rosterSizes[i] = 0;
        }

        for (var i = 0; i < students.Count; i++)
        {
            var classes = new (int, int)[Periods];
            for (var p = 1; p <= Periods; p++)
            {
                var index = SectionIndex(i, p, teacherCount);
                rosters[index][rosterSizes[index]++] = students[i].StudentID;
                classes[p - 1] = (school.SchoolCode, index + 1);
            }

            data.ClassIndex.Add(students[i].StudentID, classes);
        }

        var sections = new List<Section>(rosters.Length);
        for (var index = 0; index < rosters.Length; index++)
        {
            var teacher = teachers[index / Periods];
            var period = index % Periods + 1;
            var number = index + 1;
            var course = data.CourseList[DeterministicHash.Below(data.CourseList.Count, data.Seed, school.SchoolCode, number, 150)];
            var member = new SectionStaffMember(teacher.StaffID1, teacher.LastName, teacher.FirstName, true, string.Empty, string.Empty, null, null, string.Empty);
            var section = new Section(
                school.SchoolCode, number, period.ToString(CultureInfo.InvariantCulture), period, "Y", "MTWTF", course.ID, new[] { member }, teacher.Room,
                course.CreditDefault, 9, 12, 35, rosters[index].Length, string.Empty, string.Empty, false);
            sections.Add(section);
            data.SectionIndex.Add((school.SchoolCode, number), section);
            data.RosterIndex.Add((school.SchoolCode, number), rosters[index]);
            AddGradebook(data, school, section, course, teacher, gradebookNumber++);
        }

        data.SectionsBySchoolIndex.Add(school.SchoolCode, sections);
        return gradebookNumber;
    }

    private static int SectionIndex(int student, int period, int teachers) => (student + period * 7) % teachers * Periods + period - 1;

    private static void AddGradebook(AeriesDataSet data, School school, Section section, Course course, Teacher teacher, int number)
    {
        var categories = new[]
        {
            new AssignmentCategory("H", "6666ff", "Homework", number, 30m),
            new AssignmentCategory("Q", "336699", "Quiz", number, 30m),
            new AssignmentCategory("T", "33ffff", "Test", number, 40m),
        };
        var terms = school.Terms.Take(2).Select(t => new GradebookTerm(t.TermCode, t.EndDate, number, t.TermDescription, t.StartDate)).ToArray();
        var gradebook = new Gradebook(
            categories, string.Empty, school.Terms[1].EndDate, number, string.Empty, 0, $"{course.Title} P{section.Period}", section.PeriodBlock,
            school.SchoolCode, new[] { new GradebookSection(number, school.SchoolCode, section.SectionNumber) }, SettingsOf(number, school), school.Terms[0].StartDate,
            teacher.EmailAddress, teacher.DisplayName, teacher.TeacherNumber, terms);
        data.GradebookIndex.Add(number, gradebook);
        data.GradebookBySectionIndex.Add((school.SchoolCode, section.SectionNumber), number);
        if (!data.GradebooksByStaffIndex.TryGetValue(teacher.StaffID1, out var list))
        {
            list = new List<int>();
            data.GradebooksByStaffIndex.Add(teacher.StaffID1, list);
        }

        list.Add(number);
    }

    /// <summary>A weighted gradebook's options; the ones the article calls no longer used keep the example's values.</summary>
    private static GradebookSettings SettingsOf(int number, School school)
        => new(
            AddDropStudentsAutomatically: true, ApplyRangeToStudent: false, CountCompletedNow: true, CountHi: 999, CountLo: 1,
            CountMaxDate: school.Terms[1].EndDate, CountMinDate: school.Terms[0].StartDate, DoingFormativeSummativeWeight: false,
            DoingMinMaxAssignmentValues: false, DoingRubric: false, DoingWeight: true, FilterAssignmentsBy: "AssignmentDueDate",
            FormativePercentage: 0m, GradebookNumber: number, HideDroppedStudents: false, HideOverallScore: false,
            HideOverallScoreFromParentStudent: false, MaxAssignmentValue: 0m, MinAssignmentValue: 0m, ShowFinalMark: true,
            ShowFinalMarkToParentStudent: true, ShowHi: 999, ShowLo: 1, ShowMaxDate: school.Terms[1].EndDate,
            ShowMinDate: school.Terms[0].StartDate, ShowPointRatio: false, SingleTermGradebook: false, SummativePercentage: 0m);

    internal static (string First, string Last) Person(int seed, long id, int kind)
        => (NamePools.FirstNames[DeterministicHash.Below(NamePools.FirstNames.Length, seed, id, kind, 1)],
            NamePools.LastNames[DeterministicHash.Below(NamePools.LastNames.Length, seed, id, kind, 2)]);
}
