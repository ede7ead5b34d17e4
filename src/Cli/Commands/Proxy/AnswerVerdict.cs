using System.Collections.Generic;

namespace IlluminatePerms.Cli.Commands.Proxy;

/// <summary>What the contract check made of one answer.</summary>
/// <param name="Findings">Where the answer departs from the contract, each once.</param>
/// <param name="UnknownFields">Fields the contract's records do not have (noted, not errors), e.g. "Student.Pronouns".</param>
/// <param name="NotChecked">Why the answer's body was not checked (a refusal, a redirect, too large), or null when it was.</param>
internal sealed record AnswerVerdict(IReadOnlyList<ContractFinding> Findings, IReadOnlyCollection<string> UnknownFields, string? NotChecked);
