using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using IlluminatePerms.Client;

namespace IlluminatePerms.Cli.Commands.Proxy;

/// <summary>
/// The record model each contract operation answers with, found by reflection over the typed client:
/// the <see cref="IAeriesClient"/> method that names the operation alone in its
/// <see cref="AeriesOperationAttribute"/> and what it returns (<c>Task&lt;Student&gt;</c>,
/// <c>Task&lt;IReadOnlyList&lt;Student&gt;&gt;</c>, <c>IAsyncEnumerable&lt;Student&gt;</c>).
/// An operation without such a method has no documented fields to check.
/// </summary>
internal static class ClientRecords
{
    private static readonly Lazy<Dictionary<string, DocumentedRecord>> ByOperation = new(Build);

    /// <summary>The documented record of the operation <paramref name="operationId"/>, or null when the client reads none.</summary>
    public static DocumentedRecord? For(string operationId) => ByOperation.Value.GetValueOrDefault(operationId);

    /// <summary>Reads every operation's record afresh (<see cref="For"/> keeps the first reading for the process).</summary>
    internal static Dictionary<string, DocumentedRecord> Build()
    {
        var records = new Dictionary<string, DocumentedRecord>(StringComparer.Ordinal);
        var methods = new[] { typeof(IAeriesClient) }.Concat(typeof(IAeriesClient).GetInterfaces()).SelectMany(i => i.GetMethods());
        foreach (var method in methods)
        {
            // A method naming several operations (a write that reads back) does not say which one answers its type.
            var named = method.GetCustomAttributes<AeriesOperationAttribute>().ToList();
            if (named.Count != 1 || records.ContainsKey(named[0].Id) || RecordType(method.ReturnType) is not { } type)
            {
                continue;
            }

            records[named[0].Id] = DocumentedRecord.Of(type);
        }

        return records;
    }

    private static Type? RecordType(Type returned)
    {
        var type = returned.IsGenericType && (returned.GetGenericTypeDefinition() == typeof(Task<>) || returned.GetGenericTypeDefinition() == typeof(ValueTask<>))
            ? returned.GetGenericArguments()[0]
            : returned;
        type = DocumentedRecord.ElementOf(type) ?? type;
        return DocumentedRecord.IsRecord(type) ? type : null;
    }
}
