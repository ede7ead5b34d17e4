using System.Collections.Generic;
using System.Linq;
using IlluminatePerms.Contract;
using IlluminatePerms.MockAeries.Data;
using IlluminatePerms.MockAeries.Http;

namespace IlluminatePerms.MockAeries.Endpoints;

/// <summary>Staff (read, insert, update) and teachers; a teacher by number is one object. Assignments: <see cref="StaffAssignmentEndpoints"/>.</summary>
internal static class StaffEndpoints
{
    public static void Register(HandlerMap map)
    {
        var json = AeriesJson.Context;
        map.Add(AeriesOperationIds.Staff.GetStaffInformation, c => c.OptionalInt("StaffID") is null ? ApiResponse.StoredArray(Paging.Apply(c, AllStaff(c.Data)), json.Staff) : Respond.With(c, Lookup.Staff(c), json.Staff));
        map.Add(AeriesOperationIds.Staff.CreateStaffInformationCreate, c => Respond.With(c, InsertStaff(c), json.Staff));
        map.Add(AeriesOperationIds.Staff.UpdateStaffInformationUpdate, UpsertStaff);
        map.Add(AeriesOperationIds.Staff.GetStaffByHrid, c => Respond.With(c, AllStaff(c.Data).FirstOrDefault(s => s.HumanResourcesSystemID == c.Text("HRID")) ?? throw ApiProblem.NotFound($"No staff member has the HR system ID '{c.Text("HRID")}'."), json.Staff));
        map.Add(AeriesOperationIds.Staff.GetStaffDataChanges, c => Respond.With(c, ChangedSince(c), json.ListStaff));
        map.Add(AeriesOperationIds.Staff.GetTeachers, c => Respond.OneOrAll(c, "TeacherNumber", () => Lookup.Teacher(c), () => c.Data.TeachersOf(Lookup.School(c).SchoolCode), json.Teacher, json.ListTeacher));
        map.Add(AeriesOperationIds.Staff.GetStaffTeachers, c => Respond.With(c, TeachersOf(c), json.ListTeacher));
    }

    private static IReadOnlyList<Staff> AllStaff(AeriesDataSet data)
        => !data.Writes.HasStaff
            ? data.StaffList
            : data.StaffList.Select(s => data.Writes.StaffMember(s.ID) ?? s).Concat(data.Writes.WrittenStaff().Where(s => !data.StaffIndex.ContainsKey(s.ID))).ToList();

    /// <summary>The staff written through the API: the generated district has no other changes.</summary>
    private static List<Staff> ChangedSince(ApiContext context)
    {
        StudentEndpoints.Since(context);
        return context.Data.Writes.WrittenStaff().ToList();
    }

    private static List<Teacher> TeachersOf(ApiContext context)
    {
        var staff = Lookup.Staff(context);
        return context.Data.Schools.SelectMany(s => context.Data.TeachersOf(s.SchoolCode)).Where(t => t.StaffID1 == staff.ID).ToList();
    }

    private static Staff InsertStaff(ApiContext context)
    {
        var input = context.Body(AeriesJson.Context.StaffInput);
        if (string.IsNullOrWhiteSpace(input.FirstName) || string.IsNullOrWhiteSpace(input.LastName) || input.PrimaryAeriesSchool is null)
        {
            throw ApiProblem.BadRequest("FirstName, LastName and PrimaryAeriesSchool are required.");
        }

        if (!context.Data.SchoolIndex.ContainsKey(input.PrimaryAeriesSchool.Value))
        {
            throw ApiProblem.BusinessRule($"School {input.PrimaryAeriesSchool} does not exist.");
        }

        var all = AllStaff(context.Data);
        var id = input.ID ?? all.Max(s => s.ID) + 1;
        if (all.Any(s => s.ID == id))
        {
            throw ApiProblem.BusinessRule($"Staff member {id} already exists.");
        }

        var staff = Apply(context.Data.StaffList[0] with
        {
            ID = id,
            SchoolAccessPermissions = new[] { new SchoolAccessPermission(input.PrimaryAeriesSchool.Value, false, true) },
            MiddleName = string.Empty,
            UserName = string.Empty,
            EmailAddress = string.Empty,
            Title = string.Empty,
        }, input);
        context.Data.Writes.Write(staff);
        return staff;
    }

    /// <summary>PUT staff/{id} is an upsert: 200 when it updated the staff member, 201 when it created one.</summary>
    private static ApiResponse UpsertStaff(ApiContext context)
    {
        var id = context.Int("StaffID");
        var existing = context.Data.Writes.StaffMember(id) ?? (context.Data.StaffIndex.TryGetValue(id, out var found) ? found : null);
        var input = context.Body(AeriesJson.Context.StaffInput);
        var staff = Apply(existing ?? context.Data.StaffList[0] with { ID = id, UserName = string.Empty, EmailAddress = string.Empty, Title = string.Empty }, input);
        if (!context.Data.SchoolIndex.ContainsKey(staff.PrimaryAeriesSchool))
        {
            throw ApiProblem.BusinessRule($"School {staff.PrimaryAeriesSchool} does not exist.");
        }

        if (existing is null && (string.IsNullOrWhiteSpace(input.FirstName) || string.IsNullOrWhiteSpace(input.LastName)))
        {
            throw ApiProblem.BadRequest($"Staff member {id} does not exist: FirstName and LastName are required to create it.");
        }

        context.Data.Writes.Write(staff);
        return ApiResponse.Json(staff, AeriesJson.Context.Staff, existing is null ? 201 : context.SuccessStatus);
    }

    private static Staff Apply(Staff staff, StaffInput input) => staff with
    {
        FirstName = input.FirstName ?? staff.FirstName,
        LastName = input.LastName ?? staff.LastName,
        EmailAddress = input.EmailAddress ?? staff.EmailAddress,
        UserName = input.UserName ?? staff.UserName,
        PrimaryAeriesSchool = input.PrimaryAeriesSchool ?? staff.PrimaryAeriesSchool,
        Title = input.Title ?? staff.Title,
        HireDate = input.HireDate ?? staff.HireDate,
    };
}
