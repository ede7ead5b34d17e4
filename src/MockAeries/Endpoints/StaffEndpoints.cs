using System.Collections.Generic;
using System.Linq;
using IlluminatePerms.MockAeries.Data;
using IlluminatePerms.MockAeries.Http;

namespace IlluminatePerms.MockAeries.Endpoints;

/// <summary>Staff (read, insert, update) and teachers; a teacher by number is one object.</summary>
internal static class StaffEndpoints
{
    public static void Register(HandlerMap map)
    {
        var json = AeriesJson.Context;
        map.Add("staff.get_staff_information", c => c.OptionalInt("StaffID") is null ? ApiResponse.StoredArray(Paging.Apply(c, AllStaff(c.Data)), json.Staff) : Respond.With(c, Lookup.Staff(c), json.Staff));
        map.Add("staff.create_staff_information_create", c => Respond.With(c, InsertStaff(c), json.Staff));
        map.Add("staff.update_staff_information_update", c => Respond.With(c, UpdateStaff(c), json.Staff));
        map.Add("staff.get_teachers", c => Respond.OneOrAll(c, "TeacherNumber", () => Lookup.Teacher(c), () => c.Data.TeachersOf(Lookup.School(c).SchoolCode), json.Teacher, json.ListTeacher));
        map.Add("staff.get_staff_teachers", c => Respond.With(c, TeachersOf(c), json.ListTeacher));
    }

    private static IReadOnlyList<Staff> AllStaff(AeriesDataSet data)
    {
        var inserted = data.Writes.InsertedStaff(data.StaffIndex);
        return inserted.Count == 0 && data.Writes.StaffMember(data.StaffList[0].ID) is null
            ? data.StaffList
            : data.StaffList.Select(s => data.Writes.StaffMember(s.ID) ?? s).Concat(inserted).ToList();
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
            throw ApiProblem.BadRequest($"School {input.PrimaryAeriesSchool} does not exist.");
        }

        var all = AllStaff(context.Data);
        var id = input.ID ?? all.Max(s => s.ID) + 1;
        if (all.Any(s => s.ID == id))
        {
            throw ApiProblem.BadRequest($"Staff member {id} already exists.");
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

    private static Staff UpdateStaff(ApiContext context)
    {
        var staff = Apply(Lookup.Staff(context), context.Body(AeriesJson.Context.StaffInput));
        if (!context.Data.SchoolIndex.ContainsKey(staff.PrimaryAeriesSchool))
        {
            throw ApiProblem.BadRequest($"School {staff.PrimaryAeriesSchool} does not exist.");
        }

        context.Data.Writes.Write(staff);
        return staff;
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
