using System.Text.Json;
using IlluminatePerms.Checking.Report;
using IlluminatePerms.Grants;

namespace IlluminatePerms.Checking;

/// <summary>What one probe request showed.</summary>
/// <param name="Verdict">Verified, Missing, Blocked or Error.</param>
/// <param name="Reason">Why, in a sentence.</param>
/// <param name="OperationId">The operation called, if one was.</param>
/// <param name="StatusCode">The status answered, if any.</param>
/// <param name="Body">The answer's JSON (for discovery and program rows), if read.</param>
/// <param name="RefusedArea">The area Aeries' refusal named, if it named one.</param>
/// <param name="NeededIdentifier">The placeholder no value could be had for, when that stopped the probe.</param>
internal sealed record ProbeOutcome(GrantVerdict Verdict, string Reason, string? OperationId, int? StatusCode, JsonDocument? Body = null, AeriesArea? RefusedArea = null, string? NeededIdentifier = null)
{
    /// <summary>The first record of the body: the first element of an array, or the object itself.</summary>
    public JsonElement? FirstRecord
    {
        get
        {
            if (Body is null)
            {
                return null;
            }

            var root = Body.RootElement;
            if (root.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in root.EnumerateArray())
                {
                    return item;
                }

                return null;
            }

            return root.ValueKind == JsonValueKind.Object ? root : null;
        }
    }
}
