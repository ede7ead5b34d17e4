namespace IlluminatePerms.Cli.Commands.Proxy;

/// <summary>Where an answer departs from the contract: what was seen against what is documented. Never a value of the answer.</summary>
/// <param name="Operation">The operation id, or "(none)" when no operation matches the request.</param>
/// <param name="PathTemplate">The operation's method and path template, or the request's method and path when none matches.</param>
/// <param name="Seen">What the answer held, e.g. "StudentID is a string".</param>
/// <param name="Documented">What the contract documents, e.g. "a number".</param>
internal sealed record ContractFinding(string Operation, string PathTemplate, string Seen, string Documented)
{
    /// <summary>"contract finding: StudentID is a string (documented: a number)".</summary>
    public override string ToString() => $"contract finding: {Seen} (documented: {Documented})";
}
