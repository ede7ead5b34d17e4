using System;
using System.Collections.Generic;
using System.Linq;

namespace IlluminatePerms.MockAeries.Data;

/// <summary>
/// What writes made through the API changed, kept beside the generated data: students and staff
/// by ID, and lists of records per owner (a student's contacts, activities, authorizations, course
/// requests, tests, grades and supplemental columns; a school's scheduling sections). Reads see
/// them, <see cref="Reset"/> forgets them. Writes are rare: one lock.
/// </summary>
internal sealed class RecordWrites
{
    private readonly object gate = new();
    private readonly Dictionary<int, Student> students = new();
    private readonly Dictionary<int, Staff> staff = new();
    private readonly Dictionary<(Type Record, string Kind, long Owner), object> lists = new();

    /// <summary>Whether any student was written: reads of lists skip the merge when none was.</summary>
    public bool HasStudents { get; private set; }

    /// <summary>Whether any staff member was written.</summary>
    public bool HasStaff { get; private set; }

    public Student? Student(int id)
    {
        lock (gate)
        {
            return students.TryGetValue(id, out var student) ? student : null;
        }
    }

    /// <summary>The students written at a school that the generated data does not have (inserts), by StudentID.</summary>
    public IReadOnlyList<Student> InsertedAt(int schoolCode, IReadOnlyDictionary<int, Student> generated)
    {
        lock (gate)
        {
            return students.Values.Where(s => s.SchoolCode == schoolCode && !generated.ContainsKey(s.StudentID)).OrderBy(s => s.StudentID).ToList();
        }
    }

    public void Write(Student student)
    {
        lock (gate)
        {
            students[student.StudentID] = student;
            HasStudents = true;
        }
    }

    public Staff? StaffMember(int id)
    {
        lock (gate)
        {
            return staff.TryGetValue(id, out var member) ? member : null;
        }
    }

    /// <summary>Every staff member written, by ID.</summary>
    public IReadOnlyList<Staff> WrittenStaff()
    {
        lock (gate)
        {
            return staff.Values.OrderBy(s => s.ID).ToList();
        }
    }

    public void Write(Staff member)
    {
        lock (gate)
        {
            staff[member.ID] = member;
            HasStaff = true;
        }
    }

    /// <summary>The <paramref name="kind"/> records of <paramref name="owner"/> after any write; null when none was written.</summary>
    public IReadOnlyList<T>? List<T>(string kind, long owner)
    {
        lock (gate)
        {
            return lists.TryGetValue((typeof(T), kind, owner), out var list) ? ((List<T>)list).ToArray() : null;
        }
    }

    /// <summary>
    /// Runs <paramref name="write"/> on the <paramref name="kind"/> records of <paramref name="owner"/>
    /// (first copied from <paramref name="generated"/>) under the lock. A write that throws leaves the
    /// list as <paramref name="write"/> left it, so writes validate before they change anything.
    /// </summary>
    public TResult WriteList<T, TResult>(string kind, long owner, Func<IEnumerable<T>> generated, Func<List<T>, TResult> write)
    {
        lock (gate)
        {
            if (!lists.TryGetValue((typeof(T), kind, owner), out var stored))
            {
                stored = generated().ToList();
                lists.Add((typeof(T), kind, owner), stored);
            }

            return write((List<T>)stored);
        }
    }

    public void Reset()
    {
        lock (gate)
        {
            students.Clear();
            staff.Clear();
            lists.Clear();
            HasStudents = false;
            HasStaff = false;
        }
    }
}
