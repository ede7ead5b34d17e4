using System.Net.Http;
using IlluminatePerms.Contract;

namespace IlluminatePerms.Client.Http;

/// <summary>What the client attaches to each request for the handlers below it (retries).</summary>
public static class AeriesRequestOptions
{
    /// <summary>The contract operation a request performs; retries read it to leave writes alone.</summary>
    public static readonly HttpRequestOptionsKey<AeriesOperation> OperationKey = new("IlluminatePerms.AeriesOperation");

    /// <summary>When the current attempt of a request started (a <see cref="System.Diagnostics.Stopwatch"/> timestamp).</summary>
    internal static readonly HttpRequestOptionsKey<long> AttemptStartedKey = new("IlluminatePerms.AttemptStarted");

    /// <summary>When a request, retries included, must be done (a <see cref="System.Diagnostics.Stopwatch"/> timestamp); retries that cannot finish by then are not waited for.</summary>
    internal static readonly HttpRequestOptionsKey<long> DeadlineKey = new("IlluminatePerms.Deadline");

    /// <summary>Whether a request may be repeated blindly: a GET that changes nothing.</summary>
    public static bool IsSafeToRetry(HttpRequestMessage? request)
    {
        if (request is null || request.Method != HttpMethod.Get)
        {
            return false;
        }

        return !request.Options.TryGetValue(OperationKey, out var operation) || !operation.HasSideEffects;
    }
}
