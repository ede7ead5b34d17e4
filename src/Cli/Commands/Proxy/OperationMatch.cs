using System.Collections.Generic;
using IlluminatePerms.Contract;

namespace IlluminatePerms.Cli.Commands.Proxy;

/// <summary>An operation of the contract and the values its path placeholders took.</summary>
internal sealed record OperationMatch(AeriesOperation Operation, IReadOnlyDictionary<string, string> Values)
{
    /// <summary>
    /// What a successful answer should hold: an array when the request leaves out the operation's
    /// all-records placeholder (or gives 0 where 0 means all), else the operation's own kind.
    /// </summary>
    public AeriesResponseKind ExpectedKind
    {
        get
        {
            if (Operation.AllRecordsParameter is { } all
                && (!Values.TryGetValue(all, out var value) || (Operation.ZeroMeansAll && value == "0")))
            {
                return AeriesResponseKind.Array;
            }

            return Operation.ResponseKind;
        }
    }
}
