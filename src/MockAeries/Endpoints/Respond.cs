using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization.Metadata;
using IlluminatePerms.MockAeries.Data;
using IlluminatePerms.MockAeries.Http;

namespace IlluminatePerms.MockAeries.Endpoints;

/// <summary>The answer forms the operations share, with the contract's success status.</summary>
internal static class Respond
{
    /// <summary>One value, with the operation's documented success status (200, or 201 for an insert).</summary>
    public static ApiResponse With<T>(ApiContext context, T value, JsonTypeInfo<T> type) => ApiResponse.Json(value, type, context.SuccessStatus);

    /// <summary>Records of one student, or of every student of the school (paged) when StudentID is 0 or left out: always an array.</summary>
    public static ApiResponse Each<T>(ApiContext context, Func<AeriesDataSet, Student, IEnumerable<T>> records, JsonTypeInfo<List<T>> type)
        => With(context, Lookup.StudentOrAll(context).SelectMany(student => records(context.Data, student)).ToList(), type);

    /// <summary>
    /// A record per student: the record itself (an object) when the path names a student, an
    /// array of every student's record (paged) when StudentID is 0 or left out.
    /// </summary>
    public static ApiResponse PerStudent<T>(ApiContext context, Func<AeriesDataSet, Student, T> record, JsonTypeInfo<T> one, JsonTypeInfo<List<T>> many)
    {
        var school = Lookup.School(context);
        return context.OptionalInt("StudentID") is null
            ? With(context, Paging.Apply(context, Lookup.StudentsOf(context.Data, school.SchoolCode)).Select(s => record(context.Data, s)).ToList(), many)
            : With(context, record(context.Data, Lookup.Student(context, school.SchoolCode)), one);
    }

    /// <summary>One record when the optional key is given, else all of them (an array).</summary>
    public static ApiResponse OneOrAll<T>(ApiContext context, string key, Func<T> one, Func<IReadOnlyList<T>> all, JsonTypeInfo<T> oneType, JsonTypeInfo<List<T>> allType)
        => context.HasValue(key) && context.OptionalText(key) != "0"
            ? With(context, one(), oneType)
            : With(context, all().ToList(), allType);
}
