using System.Collections.Generic;

namespace IlluminatePerms.MockAeries.Data;

/// <summary>
/// One database year of the mock district, read-only: the records that are stored (schools,
/// students, staff, courses, sections with rosters, gradebooks) and their indexes. Records that
/// hang off these (scores, attendance, tests, programs …) are computed on demand from the seed.
/// Writes (assignments, scores, students, contacts, staff) live beside it and do not change these views.
/// </summary>
internal sealed class AeriesDataSet
{
    // Filled once by DataSetBuilder, then only read.
    internal readonly List<School> SchoolList = new();
    internal readonly Dictionary<int, School> SchoolIndex = new();
    internal readonly Dictionary<int, List<Student>> StudentsBySchoolIndex = new();
    internal readonly Dictionary<int, Student> StudentIndex = new();
    internal readonly List<Staff> StaffList = new();
    internal readonly Dictionary<int, Staff> StaffIndex = new();
    internal readonly Dictionary<int, List<Teacher>> TeacherIndex = new();
    internal readonly List<Course> CourseList = new();
    internal readonly Dictionary<string, Course> CourseIndex = new();
    internal readonly Dictionary<int, List<Section>> SectionsBySchoolIndex = new();
    internal readonly Dictionary<(int School, int Section), Section> SectionIndex = new();
    internal readonly Dictionary<(int School, int Section), int[]> RosterIndex = new();
    internal readonly Dictionary<int, (int School, int Section)[]> ClassIndex = new();
    internal readonly Dictionary<int, Gradebook> GradebookIndex = new();
    internal readonly Dictionary<(int School, int Section), int> GradebookBySectionIndex = new();
    internal readonly Dictionary<int, List<int>> GradebooksByStaffIndex = new();

    internal AeriesDataSet(int seed, int databaseYear)
    {
        Seed = seed;
        DatabaseYear = databaseYear;
        GradebookState = new GradebookState(gradebook => DerivedRecords.GeneratedAssignments(this, gradebook));
    }

    /// <summary>The seed the data was made from.</summary>
    public int Seed { get; }

    /// <summary>The year the school year starts (Aeries' DatabaseYear, e.g. 2026 for 2026-2027).</summary>
    public int DatabaseYear { get; }

    /// <summary>Schools, first the demo school 994.</summary>
    public IReadOnlyList<School> Schools => SchoolList;

    /// <summary>Schools by code.</summary>
    public IReadOnlyDictionary<int, School> SchoolsByCode => SchoolIndex;

    /// <summary>Students of each school, in student number order.</summary>
    public IReadOnlyList<Student> StudentsOf(int schoolCode) => StudentsBySchoolIndex.TryGetValue(schoolCode, out var list) ? list : System.Array.Empty<Student>();

    /// <summary>Students by StudentID.</summary>
    public IReadOnlyDictionary<int, Student> StudentsById => StudentIndex;

    /// <summary>Staff, district-wide.</summary>
    public IReadOnlyList<Staff> Staff => StaffList;

    /// <summary>Staff by ID.</summary>
    public IReadOnlyDictionary<int, Staff> StaffById => StaffIndex;

    /// <summary>Teachers of each school, in teacher number order.</summary>
    public IReadOnlyList<Teacher> TeachersOf(int schoolCode) => TeacherIndex.TryGetValue(schoolCode, out var list) ? list : System.Array.Empty<Teacher>();

    /// <summary>The district's course catalog.</summary>
    public IReadOnlyList<Course> Courses => CourseList;

    /// <summary>Courses by ID.</summary>
    public IReadOnlyDictionary<string, Course> CoursesById => CourseIndex;

    /// <summary>Sections of each school, in section number order.</summary>
    public IReadOnlyList<Section> SectionsOf(int schoolCode) => SectionsBySchoolIndex.TryGetValue(schoolCode, out var list) ? list : System.Array.Empty<Section>();

    /// <summary>Sections by (school, section number).</summary>
    public IReadOnlyDictionary<(int School, int Section), Section> SectionsByKey => SectionIndex;

    /// <summary>The StudentIDs in each section.</summary>
    public IReadOnlyDictionary<(int School, int Section), int[]> Rosters => RosterIndex;

    /// <summary>Gradebooks by number.</summary>
    public IReadOnlyDictionary<int, Gradebook> GradebooksByNumber => GradebookIndex;

    /// <summary>Number of students.</summary>
    public int StudentCount => StudentIndex.Count;

    /// <summary>Assignments and written scores: the part that requests can change.</summary>
    internal GradebookState GradebookState { get; }

    /// <summary>Students, contacts and staff written through the API.</summary>
    internal RecordWrites Writes { get; } = new();
}
