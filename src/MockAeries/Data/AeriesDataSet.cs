using System.Collections.Generic;

namespace IlluminatePerms.MockAeries.Data;

/// <summary>
/// One database year of the mock district: the records that are stored (schools, students, staff,
/// courses, sections with rosters, gradebooks) and their indexes. Records that hang off these
/// (scores, attendance, tests, programs …) are computed on demand by <see cref="DerivedRecords"/>.
/// Built by <see cref="DataSetBuilder"/>; read-only apart from the assignments and scores that writes change.
/// </summary>
public sealed class AeriesDataSet
{
    internal AeriesDataSet(int seed, int databaseYear)
    {
        Seed = seed;
        DatabaseYear = databaseYear;
        GradebookState = new GradebookState(gradebook => DerivedRecords.GeneratedAssignments(this, gradebook));
    }

    /// <summary>The seed the data was made from.</summary>
    public int Seed { get; }

    /// <summary>The year the school year starts (Aeries' DatabaseYear).</summary>
    public int DatabaseYear { get; }

    /// <summary>Schools, first the demo school 994.</summary>
    public List<School> Schools { get; } = new();

    /// <summary>Schools by code.</summary>
    public Dictionary<int, School> SchoolsByCode { get; } = new();

    /// <summary>Students by school, in student number order.</summary>
    public Dictionary<int, List<Student>> StudentsBySchool { get; } = new();

    /// <summary>Students by StudentID.</summary>
    public Dictionary<int, Student> StudentsById { get; } = new();

    /// <summary>Staff, district-wide.</summary>
    public List<Staff> Staff { get; } = new();

    /// <summary>Staff by ID.</summary>
    public Dictionary<int, Staff> StaffById { get; } = new();

    /// <summary>Teachers by school, in teacher number order.</summary>
    public Dictionary<int, List<Teacher>> TeachersBySchool { get; } = new();

    /// <summary>The district's course catalog.</summary>
    public List<Course> Courses { get; } = new();

    /// <summary>Courses by ID.</summary>
    public Dictionary<string, Course> CoursesById { get; } = new();

    /// <summary>Sections by school, in section number order.</summary>
    public Dictionary<int, List<Section>> SectionsBySchool { get; } = new();

    /// <summary>Sections by (school, section number).</summary>
    public Dictionary<(int School, int Section), Section> SectionsByKey { get; } = new();

    /// <summary>The StudentIDs in each section.</summary>
    public Dictionary<(int School, int Section), int[]> Rosters { get; } = new();

    /// <summary>The (school, section) of each student's classes, by StudentID.</summary>
    public Dictionary<int, (int School, int Section)[]> ClassesByStudent { get; } = new();

    /// <summary>Gradebooks by number.</summary>
    public Dictionary<int, Gradebook> GradebooksByNumber { get; } = new();

    /// <summary>The gradebook of each section.</summary>
    public Dictionary<(int School, int Section), int> GradebookBySection { get; } = new();

    /// <summary>Gradebook numbers by the StaffID of their teacher.</summary>
    public Dictionary<int, List<int>> GradebooksByStaff { get; } = new();

    /// <summary>Assignments and written scores: the part that requests can change.</summary>
    internal GradebookState GradebookState { get; }

    /// <summary>Number of students.</summary>
    public int StudentCount => StudentsById.Count;
}
