using System;
using System.Collections.Generic;
using System.Linq;

namespace IlluminatePerms.MockAeries.Data;

/// <summary>
/// Students, contacts and staff written through the API (inserts and updates), kept beside the
/// generated data: reads see them, <see cref="Reset"/> forgets them. Writes are rare; one lock.
/// </summary>
internal sealed class RecordWrites
{
    private readonly object gate = new();
    private readonly Dictionary<int, Student> students = new();
    private readonly Dictionary<int, List<Contact>> contacts = new();
    private readonly Dictionary<int, Staff> staff = new();
    private readonly Dictionary<(int School, int Section), Section> schedulingSections = new();

    /// <summary>Whether any student was written: reads of lists skip the merge when none was.</summary>
    public bool HasStudents { get; private set; }

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

    /// <summary>The contacts of a student after any write; null when none was written.</summary>
    public IReadOnlyList<Contact>? Contacts(int studentId)
    {
        lock (gate)
        {
            return contacts.TryGetValue(studentId, out var list) ? list.ToArray() : null;
        }
    }

    /// <summary>Runs <paramref name="write"/> on the student's contact list (seeded from <paramref name="current"/>) under the lock.</summary>
    public T WriteContacts<T>(int studentId, Func<IEnumerable<Contact>> current, Func<List<Contact>, T> write)
    {
        lock (gate)
        {
            if (!contacts.TryGetValue(studentId, out var list))
            {
                list = current().ToList();
                contacts.Add(studentId, list);
            }

            return write(list);
        }
    }

    public Staff? StaffMember(int id)
    {
        lock (gate)
        {
            return staff.TryGetValue(id, out var member) ? member : null;
        }
    }

    public IReadOnlyList<Staff> InsertedStaff(IReadOnlyDictionary<int, Staff> generated)
    {
        lock (gate)
        {
            return staff.Values.Where(s => !generated.ContainsKey(s.ID)).OrderBy(s => s.ID).ToList();
        }
    }

    public void Write(Staff member)
    {
        lock (gate)
        {
            staff[member.ID] = member;
        }
    }

    /// <summary>Next year's sections created at a school through the scheduling endpoint.</summary>
    public IReadOnlyList<Section> SchedulingSections(int schoolCode)
    {
        lock (gate)
        {
            return schedulingSections.Values.Where(s => s.SchoolCode == schoolCode).OrderBy(s => s.SectionNumber).ToList();
        }
    }

    /// <summary>Adds a scheduling section; false when its number is taken.</summary>
    public bool TryAdd(Section section, IReadOnlyDictionary<(int School, int Section), Section> generated)
    {
        lock (gate)
        {
            var key = (section.SchoolCode, section.SectionNumber);
            return !generated.ContainsKey(key) && schedulingSections.TryAdd(key, section);
        }
    }

    public void Reset()
    {
        lock (gate)
        {
            schedulingSections.Clear();
            students.Clear();
            contacts.Clear();
            staff.Clear();
            HasStudents = false;
        }
    }
}
