using System;
using System.Collections.Generic;

namespace IlluminatePerms.Contract;

/// <summary>A request read against the contract: the operation it calls and the values its path placeholders took.</summary>
#if BUILDING_SOURCE_GENERATOR
internal sealed class ContractMatch
#else
public sealed class ContractMatch
#endif
{
    internal ContractMatch(AeriesOperation operation, IReadOnlyDictionary<string, string> values)
    {
        Operation = operation;
        Values = values;
    }

    /// <summary>The operation the request calls.</summary>
    public AeriesOperation Operation { get; }

    /// <summary>The value of each placeholder the path gives, by name without braces (any case), percent-decoded.</summary>
    public IReadOnlyDictionary<string, string> Values { get; }

    /// <summary>
    /// What a successful answer to this request holds: an array when it leaves out the operation's
    /// all-records placeholder (or gives 0 where 0 means all), else the operation's own kind.
    /// </summary>
    public AeriesResponseKind ExpectedKind
        => Operation.AllRecordsParameter is { } all
            && (!Values.TryGetValue(all, out var value) || (Operation.ZeroMeansAll && string.Equals(value, "0", StringComparison.Ordinal)))
            ? AeriesResponseKind.Array
            : Operation.ResponseKind;
}
