using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using IlluminatePerms.Grants;

namespace IlluminatePerms.Cli.Commands.Spec;

/// <summary>The grants the code needs, from a build's SARIF log: one piece of evidence per IP0007 result (every use of a [RequiresGrant] member).</summary>
internal static class CodeEvidence
{
    /// <summary>The analyzer's report of a grant use.</summary>
    public const string RuleId = "IP0007";

    /// <summary>How to build so that the log holds what is read here.</summary>
    public const string HowToBuild = "build with -p:IlluminatePermsReportGrantUse=true -p:ErrorLog=$PWD/build.sarif%2Cversion=2.1";

    /// <summary>
    /// The IP0007 results of the log at <paramref name="sarifPath"/>, suppressed ones included (a
    /// suppressed report is still a call). File paths are shown relative to <paramref name="baseDirectory"/>
    /// when they are under it. The same use reported twice (a project built for two frameworks) counts once.
    /// </summary>
    /// <exception cref="CliException">The log cannot be read, or an IP0007 result does not name a grant.</exception>
    public static List<GrantEvidence> FromBuildLog(string sarifPath, string baseDirectory)
        => BuildErrorLog.Read(sarifPath)
            .Where(result => result.RuleId == RuleId)
            .Select(result => Parse(result, sarifPath, baseDirectory))
            .Distinct()
            .ToList();

    private static GrantEvidence Parse(BuildErrorLog.Result result, string sarifPath, string baseDirectory)
    {
        if (!GrantMessage.TryRead(result.Message, whole: true, out var member, out var grant))
        {
            throw new CliException($"an {RuleId} result in {sarifPath} does not name a grant: \"{result.Message}\".");
        }

        var where = result.File is null ? null : $"{Shown(result.File, baseDirectory)}{(result.Line is { } line ? $":{line}" : string.Empty)}";
        return new GrantEvidence(grant, EvidenceKind.Code, member, where);
    }

    private static string Shown(string file, string baseDirectory)
    {
        var relative = Path.GetRelativePath(baseDirectory, file);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? file : relative.Replace('\\', '/');
    }
}
