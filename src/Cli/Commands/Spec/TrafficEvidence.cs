using System.Collections.Generic;
using IlluminatePerms.Contract;

namespace IlluminatePerms.Cli.Commands.Spec;

/// <summary>
/// Requests turned into grants: each request's contract operation (<see cref="AeriesContract.Match"/>)
/// and the grant it needs. Requests of no operation are kept apart, to be listed, never dropped.
/// </summary>
internal sealed class TrafficEvidence
{
    private TrafficEvidence(List<GrantEvidence> evidence, List<TrafficRequest> unmatched, int withoutGrant)
    {
        Evidence = evidence;
        Unmatched = unmatched;
        WithoutGrant = withoutGrant;
    }

    /// <summary>One entry per request of an operation that needs a grant.</summary>
    public IReadOnlyList<GrantEvidence> Evidence { get; }

    /// <summary>Requests that match no operation of the contract.</summary>
    public IReadOnlyList<TrafficRequest> Unmatched { get; }

    /// <summary>How many requests were of operations that need no grant (the school list, system information).</summary>
    public int WithoutGrant { get; }

    /// <summary>The grants <paramref name="requests"/> asked for, refused ones included.</summary>
    public static TrafficEvidence Of(IEnumerable<TrafficRequest> requests)
    {
        var evidence = new List<GrantEvidence>();
        var unmatched = new List<TrafficRequest>();
        var withoutGrant = 0;
        foreach (var request in requests)
        {
            var operation = AeriesContract.Match(request.Method, request.Path)?.Operation;
            if (operation is null)
            {
                unmatched.Add(request);
            }
            else if (operation.RequiredGrant is { } grant)
            {
                evidence.Add(new GrantEvidence(grant, EvidenceKind.Traffic, operation.ToString(), request.Source, request.Refused));
            }
            else
            {
                withoutGrant++;
            }
        }

        return new TrafficEvidence(evidence, unmatched, withoutGrant);
    }
}
