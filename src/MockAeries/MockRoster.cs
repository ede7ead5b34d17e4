using System.Collections.Generic;
using System.Linq;
using IlluminatePerms.MockAeries.Data;

namespace IlluminatePerms.MockAeries;

/// <summary>
/// The schools and students the mock generated for its default DatabaseYear, as the numbers a test
/// asserts on (which school to sync, how many students it should see). The records themselves stay
/// inside the mock; read them through the API as a real client would.
/// </summary>
public sealed class MockRoster
{
    private readonly DataSetCache data;

    internal MockRoster(DataSetCache data) => this.data = data;

    /// <summary>Every school's SchoolCode, ascending.</summary>
    public IReadOnlyList<int> SchoolCodes => data.Default.Schools.Select(s => s.SchoolCode).Order().ToList();

    /// <summary>The StudentIDs of the students at <paramref name="schoolCode"/>, ascending; empty for a school the mock does not have.</summary>
    /// <param name="schoolCode">An Aeries SchoolCode.</param>
    public IReadOnlyList<int> StudentIdsAt(int schoolCode) => data.Default.StudentsOf(schoolCode).Select(s => s.StudentID).Order().ToList();
}
