using System.Threading;

namespace IlluminatePerms.Tests.Shared.Hostile;

/// <summary>Answers for transport tests that <see cref="HostileAnswers"/> does not script: answers that change from one request to the next.</summary>
internal static class TransportAnswers
{
    /// <summary>The n-th request gets the n-th answer; every request after the last gets the last.</summary>
    public static HostileAnswer Sequence(params HostileAnswer[] answers)
    {
        var next = -1;
        return (request, connection, cancellationToken) =>
        {
            var index = Interlocked.Increment(ref next);
            return answers[index < answers.Length ? index : answers.Length - 1](request, connection, cancellationToken);
        };
    }
}
