using System;
using System.Collections.Generic;

namespace IlluminatePerms.MockAeries.Data;

/// <summary>
/// Makes a deterministic district from a seed, a scale (number of students) and a database year.
/// The demo identities of Aeries' public demo exist at every scale: school 994 "Screaming Eagle
/// High School", student 99400001, staff 994605, section 43, course 0618, gradebook 4366926.
/// </summary>
public static class DataSetBuilder
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
            var course = new Course(id, title, department, 5m, 9, 12);
            data.Courses.Add(course);
            data.CoursesById.Add(id, course);
        }
    }

    private static School AddSchool(AeriesDataSet data, int code, int index)
    {
        var year = data.DatabaseYear;
        var city = NamePools.Cities[index % NamePools.Cities.Length];
        var name = code == DemoSchoolCode
            ? "Screaming Eagle High School"
            : $"{city} {NamePools.Mascots[index % NamePools.Mascots.Length]} High School {index}";
        var terms = new[]
        {
            new Term("F", "Fall", new DateTime(year, 8, 15), new DateTime(year, 12, 19)),
            new Term("S", "Spring", new DateTime(year + 1, 1, 6), new DateTime(year + 1, 6, 11)),
        };
        var principal = Person(data.Seed, code, 0);
        var school = new School(
            code, name, string.Empty, $"{100 + index} {NamePools.Streets[index % NamePools.Streets.Length]} Ave", city, "CA",
            $"9{5000 + index:0000}", 9, 12, terms, $"{principal.First} {principal.Last}",
            $"{principal.First.ToLowerInvariant()}.{principal.Last.ToLowerInvariant()}@district.example.org", $"(555) 01{index % 100:00}-0000");
        data.Schools.Add(school);
        data.SchoolsByCode.Add(code, school);
        return school;
    }

    private static List<Teacher> AddStaff(AeriesDataSet data, School school, int teacherCount)
    {
        var teachers = new List<Teacher>(teacherCount);
        var access = new[] { new SchoolAccessPermission(school.SchoolCode, false) };
        for (var k = 1; k <= teacherCount + 3; k++)
        {
            // Teachers first (994601 …; 994605 is the demo's), then three classified staff (…901).
            var isTeacher = k <= teacherCount;
            var id = school.SchoolCode * 1000 + (isTeacher ? 600 + k : 900 + k - teacherCount);
            var person = Person(data.Seed, id, 1);
            var email = $"{person.First.ToLowerInvariant()}.{person.Last.ToLowerInvariant()}{id % 1000}@district.example.org";
            var staff = new Staff(
                id, person.First, person.Last, email, $"{person.First[0]}{person.Last}{id % 1000}".ToLowerInvariant(),
                new DateTime(data.DatabaseYear - 1 - DeterministicHash.Below(20, data.Seed, id, 2), 8, 1), null, school.SchoolCode,
                string.Empty, access);
            data.Staff.Add(staff);
            data.StaffById.Add(id, staff);
            if (isTeacher)
            {
                teachers.Add(new Teacher(school.SchoolCode, k, id, person.First, person.Last, email, $"{100 + k}"));
            }
        }

        data.TeachersBySchool.Add(school.SchoolCode, teachers);
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
            var student = new Student(
                id, school.SchoolCode, n, $"{1000000000L + (long)id * 7 % 999999999}", person.Last, person.First,
                NamePools.FirstNames[DeterministicHash.Below(NamePools.FirstNames.Length, data.Seed, id, 5)],
                DeterministicHash.Below(2, data.Seed, id, 6) == 0 ? "F" : "M", grade, birth,
                DeterministicHash.Below(4, data.Seed, id, 7) == 0 ? "01" : "00",
                DeterministicHash.Below(5, data.Seed, id, 8) == 0 ? "L" : "E",
                $"{first}.{last}{n}@students.example.org", $"parent.{last}{n}@family.example.org",
                new DateTime(year - (grade - 9), 8, 15), null, string.Empty, "A",
                1 + n % 4, 1 + DeterministicHash.Below(MinimumTeachers, data.Seed, id, 9),
                $"{100 + n % 900} {NamePools.Streets[n % NamePools.Streets.Length]} St", school.AddressCity, "CA", school.AddressZipCode,
                $"(555) {200 + n % 700:000}-{n % 10000:0000}");
            list.Add(student);
            data.StudentsById.Add(id, student);
        }

        data.StudentsBySchool.Add(school.SchoolCode, list);
    }

    /// <summary>Every teacher teaches every period; a student's class in period p is spread over the teachers.</summary>
    private static int AddSections(AeriesDataSet data, School school, List<Teacher> teachers, int gradebookNumber)
    {
        var students = data.StudentsBySchool[school.SchoolCode];
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

            data.ClassesByStudent.Add(students[i].StudentID, classes);
        }

        var sections = new List<Section>(rosters.Length);
        for (var index = 0; index < rosters.Length; index++)
        {
            var teacher = teachers[index / Periods];
            var period = index % Periods + 1;
            var number = index + 1;
            var course = data.Courses[DeterministicHash.Below(data.Courses.Count, data.Seed, school.SchoolCode, number, 150)];
            var section = new Section(
                school.SchoolCode, number, course.ID, period, teacher.Room, "Y", 35, string.Empty,
                new[] { new SectionStaffMember(teacher.StaffID1, teacher.TeacherNumber, true) });
            sections.Add(section);
            data.SectionsByKey.Add((school.SchoolCode, number), section);
            data.Rosters.Add((school.SchoolCode, number), rosters[index]);
            AddGradebook(data, school, section, course, teacher, gradebookNumber++);
        }

        data.SectionsBySchool.Add(school.SchoolCode, sections);
        return gradebookNumber;
    }

    private static int SectionIndex(int student, int period, int teachers) => (student + period * 7) % teachers * Periods + period - 1;

    private static void AddGradebook(AeriesDataSet data, School school, Section section, Course course, Teacher teacher, int number)
    {
        var categories = new[]
        {
            new AssignmentCategory(number, "HW", "Homework", 30m),
            new AssignmentCategory(number, "QZ", "Quizzes", 30m),
            new AssignmentCategory(number, "TS", "Tests", 40m),
        };
        var gradebook = new Gradebook(
            number, school.SchoolCode, $"{course.Title} P{section.Period}", section.Period,
            school.Terms[0].StartDate, school.Terms[1].EndDate, "Standard", categories,
            new[] { new GradebookSection(school.SchoolCode, section.SectionNumber) }, new[] { "F", "S" });
        data.GradebooksByNumber.Add(number, gradebook);
        data.GradebookBySection.Add((school.SchoolCode, section.SectionNumber), number);
        if (!data.GradebooksByStaff.TryGetValue(teacher.StaffID1, out var list))
        {
            list = new List<int>();
            data.GradebooksByStaff.Add(teacher.StaffID1, list);
        }

        list.Add(number);
    }

    internal static (string First, string Last) Person(int seed, long id, int kind)
        => (NamePools.FirstNames[DeterministicHash.Below(NamePools.FirstNames.Length, seed, id, kind, 1)],
            NamePools.LastNames[DeterministicHash.Below(NamePools.LastNames.Length, seed, id, kind, 2)]);
}
