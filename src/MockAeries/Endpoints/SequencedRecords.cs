using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization.Metadata;
using IlluminatePerms.Grants;
using IlluminatePerms.MockAeries.Data;
using IlluminatePerms.MockAeries.Http;

namespace IlluminatePerms.MockAeries.Endpoints;

/// <summary>
/// A student's records numbered by SequenceNumber (activities, authorizations, course requests):
/// read one or all, insert (the next number, 201), update (404 for an unknown number, or an upsert
/// answering 201 when it creates, where the article documents one), delete (204). One implementation for the three kinds.
/// </summary>
internal sealed record SequencedRecords<TRecord, TInput>
    where TRecord : class
    where TInput : class
{
    public required string Kind { get; init; }

    public required Func<AeriesDataSet, Student, IReadOnlyList<TRecord>> Current { get; init; }

    public required Func<TRecord, int> Sequence { get; init; }

    /// <summary>Makes a record from a body; throws a 400 <see cref="ApiProblem"/> for a body that is not valid.</summary>
    public required Func<ApiContext, Student, int, TInput, TRecord> Create { get; init; }

    public required Func<ApiContext, TRecord, TInput, TRecord> Update { get; init; }

    public required JsonTypeInfo<TRecord> One { get; init; }

    public required JsonTypeInfo<List<TRecord>> Many { get; init; }

    public required JsonTypeInfo<TInput> Input { get; init; }

    /// <summary>Whether an update of an unknown number creates it (Aeries' upserts answer 201 then).</summary>
    public bool UpdateCreates { get; init; }

    /// <summary>
    /// Whether that creation also needs Insert on the operation's area (the Student-related article
    /// for activities and authorizations: only a vendor that may insert creates; one that may not
    /// gets the 404 of an unknown number, [assumed]).
    /// </summary>
    public bool CreatingNeedsInsert { get; init; }

    /// <summary>The records of the path's student; one (an object when the contract answers objects) when SequenceNumber is given.</summary>
    public ApiResponse Read(ApiContext context)
    {
        var records = Current(context.Data, Student(context));
        if (context.OptionalInt("SequenceNumber") is not { } sequence)
        {
            return Respond.With(context, records.ToList(), Many);
        }

        var record = records.FirstOrDefault(r => Sequence(r) == sequence) ?? throw NotFound(context, sequence);
        return context.Operation.ResponseKind == Contract.AeriesResponseKind.Object
            ? Respond.With(context, record, One)
            : Respond.With(context, new List<TRecord> { record }, Many);
    }

    public ApiResponse Insert(ApiContext context)
    {
        var student = Student(context);
        var input = context.Body(Input);
        var record = Write(context, student, list =>
        {
            var made = Create(context, student, list.Count == 0 ? 1 : list.Max(Sequence) + 1, input);
            list.Add(made);
            return made;
        });
        return Respond.With(context, record, One);
    }

    public ApiResponse Change(ApiContext context)
    {
        var student = Student(context);
        var sequence = context.Int("SequenceNumber");
        var input = context.Body(Input);
        var (record, created) = Write(context, student, list =>
        {
            var index = list.FindIndex(r => Sequence(r) == sequence);
            if (index >= 0)
            {
                list[index] = Update(context, list[index], input);
                return (list[index], false);
            }

            if (!UpdateCreates || (CreatingNeedsInsert && !MayInsert(context)))
            {
                throw NotFound(context, sequence);
            }

            var made = Create(context, student, sequence, input);
            list.Add(made);
            return (made, true);
        });
        return ApiResponse.Json(record, One, created ? 201 : context.SuccessStatus);
    }

    public ApiResponse Delete(ApiContext context)
    {
        var student = Student(context);
        var sequence = context.Int("SequenceNumber");
        Write(context, student, list => list.RemoveAll(r => Sequence(r) == sequence) == 0 ? throw NotFound(context, sequence) : true);
        return ApiResponse.Empty(context.SuccessStatus);
    }

    private static bool MayInsert(ApiContext context)
        => context.Operation.RequiredGrant is { } grant && context.Has(new Grant(grant.Area, AeriesAccess.Insert));

    private static Student Student(ApiContext context)
        => context.HasValue("StudentNumber")
            ? Lookup.StudentsOf(context).FirstOrDefault(s => s.StudentNumber == context.Int("StudentNumber")) ?? throw ApiProblem.NotFound($"Student number {context.Int("StudentNumber")} does not exist.")
            : Lookup.Student(context, Lookup.School(context).SchoolCode);

    private T Write<T>(ApiContext context, Student student, Func<List<TRecord>, T> write)
        => context.Data.Writes.WriteList(Kind, student.StudentID, () => Current(context.Data, student), write);

    private ApiProblem NotFound(ApiContext context, int sequence) => ApiProblem.NotFound($"Student {context.OptionalText("StudentID") ?? context.OptionalText("StudentNumber")} has no {Kind} record {sequence}.");
}
