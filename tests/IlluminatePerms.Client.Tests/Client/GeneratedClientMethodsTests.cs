using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using IlluminatePerms.Client.Models;
using IlluminatePerms.Contract;
using IlluminatePerms.Grants;
using Xunit;

namespace IlluminatePerms.Client.Tests.Client;

/// <summary>
/// The methods src/ClientGenerator writes from the contract's rows: the signature and attributes a
/// caller and the analyzers see, on the interface and on the class.
/// </summary>
public class GeneratedClientMethodsTests
{
    public static TheoryData<Type> ClientTypes => new() { typeof(AeriesClient), typeof(IAeriesClient) };

    [Theory]
    [MemberData(nameof(ClientTypes))]
    public void A_read_of_one_record(Type type)
        => AssertMethod(
            type,
            "GetCalendarAsync",
            typeof(Task<AeriesRecord>),
            new[] { (typeof(int), "schoolCode", false) },
            AeriesOperationIds.Schools.GetSchoolCalendar,
            new Grant("Calendar", AeriesAccess.Read));

    [Theory]
    [MemberData(nameof(ClientTypes))]
    public void A_paged_read_whose_last_placeholder_may_be_left_out(Type type)
        => AssertMethod(
            type,
            "GetStudentsAsync",
            typeof(IAsyncEnumerable<Student>),
            new[] { (typeof(int), "schoolCode", false), (typeof(int?), "studentId", true) },
            AeriesOperationIds.Students.GetStudentInformation,
            new Grant("Student Data", AeriesAccess.Read));

    [Theory]
    [MemberData(nameof(ClientTypes))]
    public void A_write_with_its_body_last(Type type)
        => AssertMethod(
            type,
            "UpdateAlternateCourseRequestAsync",
            typeof(Task<AlternateCourseRequest>),
            new[] { (typeof(int), "schoolCode", false), (typeof(int), "studentId", false), (typeof(int), "sequenceNumber", false), (typeof(AlternateCourseRequestInput), "request", false) },
            AeriesOperationIds.Scheduling.UpdateStudentAlternateCourseRequest,
            new Grant("Student Scheduling Schedules (Course Requests)", AeriesAccess.Update));

    [Theory]
    [MemberData(nameof(ClientTypes))]
    public void A_delete_that_takes_a_day_for_three_placeholders(Type type)
        => AssertMethod(
            type,
            "DeleteClassifiedStaffAssignmentsFromDateAsync",
            typeof(Task),
            new[] { (typeof(int), "staffId", false), (typeof(DateOnly), "startDate", false) },
            AeriesOperationIds.Staff.DeleteStaffClassifiedAssignmentsFromDate,
            new Grant("Staff Assignments (Classified)", AeriesAccess.Delete));

    [Theory]
    [MemberData(nameof(ClientTypes))]
    public void A_stream_that_leaves_out_the_optional_placeholder(Type type)
        => AssertMethod(
            type,
            "StreamAttendanceHistorySummaryAsync",
            typeof(IAsyncEnumerable<AttendanceHistory>),
            new[] { (typeof(int), "schoolCode", false) },
            AeriesOperationIds.Attendance.GetAttendanceHistorySummary,
            new Grant("Attendance History", AeriesAccess.Read));

    [Theory]
    [MemberData(nameof(ClientTypes))]
    public void A_read_of_changes_since_a_time(Type type)
        => AssertMethod(
            type,
            "GetStudentDataChangesAsync",
            typeof(Task<IReadOnlyList<StudentDataChange>>),
            new[] { (typeof(string), "dataArea", false), (typeof(DateTime), "since", false) },
            AeriesOperationIds.Students.GetStudentDataChanges,
            new Grant("Student Data", AeriesAccess.Read));

    [Fact]
    public void Every_client_method_of_a_contract_row_is_one_interface_method_with_the_rows_id_and_grant()
    {
        var rows = AeriesContract.All.Where(operation => StatedMethodNames(operation).Count > 0).ToList();
        Assert.NotEmpty(rows);
        foreach (var operation in rows)
        {
            foreach (var stated in StatedMethodNames(operation))
            {
                var method = Assert.Single(typeof(IAeriesClient).GetMethods(), candidate => candidate.Name == stated);
                Assert.Equal(new[] { operation.Id }, method.GetCustomAttributes<AeriesOperationAttribute>().Select(attribute => attribute.Id));
                var declared = method.GetCustomAttributes<RequiresGrantAttribute>().Select(attribute => new Grant(attribute.Area, attribute.Access)).ToList();
                Assert.Equal(operation.RequiredGrant is { } grant ? new[] { grant } : Array.Empty<Grant>(), declared);
            }
        }
    }

    [Fact]
    public void The_ids_are_the_contracts_and_each_names_one_operation()
    {
        var constants = typeof(AeriesOperationIds).GetNestedTypes()
            .SelectMany(group => group.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Select(field => (string)field.GetRawConstantValue()!)
            .ToList();
        Assert.Equal(AeriesContract.All.Select(operation => operation.Id).OrderBy(id => id, StringComparer.Ordinal), constants.OrderBy(id => id, StringComparer.Ordinal));
        Assert.Equal("students.get_programs", AeriesOperationIds.Students.GetPrograms);
        Assert.Equal("pre_enrollment.pre_enroll_inactive_student", AeriesOperationIds.PreEnrollment.PreEnrollInactiveStudent);
    }

    private static void AssertMethod(Type type, string name, Type returns, (Type Type, string Name, bool Optional)[] parameters, string operationId, Grant grant)
    {
        var method = Assert.Single(type.GetMethods(), candidate => candidate.Name == name);
        Assert.Equal(returns, method.ReturnType);
        var expected = parameters.Append((typeof(CancellationToken), "cancellationToken", true)).ToArray();
        Assert.Equal(expected, method.GetParameters().Select(parameter => (parameter.ParameterType, parameter.Name!, parameter.IsOptional)).ToArray());
        Assert.All(method.GetParameters().Where(parameter => parameter.IsOptional), parameter => Assert.Null(parameter.DefaultValue));
        Assert.Equal(new[] { operationId }, method.GetCustomAttributes<AeriesOperationAttribute>().Select(attribute => attribute.Id));
        Assert.Equal(new[] { grant }, method.GetCustomAttributes<RequiresGrantAttribute>().Select(attribute => new Grant(attribute.Area, attribute.Access)));
    }

    // The client facts of a row are internal to the core (the generator reads them from its own
    // compiled copy of the contract), so the test reads their names through reflection.
    private static IReadOnlyList<string> StatedMethodNames(AeriesOperation operation)
    {
        var methods = (System.Collections.IEnumerable)typeof(AeriesOperation)
            .GetProperty("ClientMethods", BindingFlags.NonPublic | BindingFlags.Instance)!
            .GetValue(operation)!;
        return methods.Cast<object>()
            .Select(method => (string)method.GetType().GetProperty("Name", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(method)!)
            .ToList();
    }
}
