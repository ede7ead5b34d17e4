using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using IlluminatePerms.Cli.Files;
using IlluminatePerms.Cli.Output;
using IlluminatePerms.Cli.SpecChoice;
using IlluminatePerms.Grants;
using IlluminatePerms.Spec;

namespace IlluminatePerms.Cli.Commands.Spec;

/// <summary><c>spec add-missing --from-sarif BUILD.sarif</c>: the explicit, reviewable way to widen the spec.</summary>
internal static class SpecCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliEnvironment environment)
    {
        var sarif = new Option<string>("--from-sarif") { Description = "A build's SARIF error log, 2.1 or 1.0 (built with -p:ErrorLog=$PWD/build.sarif%2Cversion=2.1, an absolute path): its IP0001 results are the grants to add.", Required = true };
        var specPath = new Option<string?>("--spec") { Description = "The spec to widen (default: permissions.csv in the working folder, else spec/permissions.csv)." };
        var verbose = new Option<bool>("--verbose") { Description = "Details of errors." };
        var addMissing = new Command("add-missing", "Adds exactly the grants of a build's IP0001 results to the spec (screen order, format kept) and prints what it added.") { sarif, specPath, verbose };
        addMissing.SetAction((parsed, _) => Guarded.RunAsync(environment, parsed.GetValue(verbose), () =>
            Task.FromResult(AddMissing(environment, environment.Resolve(parsed.GetValue(sarif)!), SpecToWiden(environment, parsed.GetValue(specPath))))));
        return new Command("spec", "Edits the permission spec.") { addMissing, SpecInferCommand.Create(environment) };
    }

    /// <summary>The spec file to edit: the one named, else the working folder's permissions.csv, else the repository layout's spec/permissions.csv.</summary>
    private static string SpecToWiden(CliEnvironment environment, string? specOption)
        => specOption is not null ? environment.Resolve(specOption)
            : SpecSource.InWorkingFolder(environment) ?? environment.Resolve(Path.Combine("spec", SpecSource.ConventionalFileName));

    private static int AddMissing(CliEnvironment environment, string sarifPath, string specPath)
    {
        if (FileKinds.Of(sarifPath) == FileKind.Missing)
        {
            throw new CliException($"the SARIF log {sarifPath} does not exist. Build the project with an absolute path, -p:ErrorLog=$PWD/build.sarif%2Cversion=2.1, to write one (a relative path is taken in each project's own folder).");
        }

        if (FileKinds.Of(specPath) == FileKind.Missing)
        {
            throw new CliException($"the spec {specPath} does not exist. Run in the folder of your permissions.csv, or give its path with --spec.");
        }

        environment.Error.WriteLine($"Spec: {specPath}");
        var grants = ReadMissingGrants(sarifPath);
        if (grants.Count == 0)
        {
            environment.Out.WriteLine($"No IP0001 results in {sarifPath}: the spec already grants what the code needs.");
            return ExitCodes.Success;
        }

        var text = CappedFile.ReadText(specPath, "spec", CappedFile.SpecCap, "Give its path with --spec.");
        var addable = grants.Where(g => !SpecEditor.HasErrorsAbout(text, g.Area)).ToList();
        var edits = SpecEditor.AddGrants(text, addable);
        var edited = SpecEditor.Apply(text, edits);
        if (edits.Count > 0)
        {
            AtomicFile.Write(specPath, edited);
        }

        foreach (var grant in addable.OrderBy(g => g.Area.Order))
        {
            environment.Out.WriteLine($"+ {new Grant(grant.Area, grant.Access)} (needed by {grant.Member})");
        }

        var skipped = grants.Except(addable).ToList();
        foreach (var grant in skipped)
        {
            environment.Error.WriteLine($"error: not added: {new Grant(grant.Area, grant.Access)}: {specPath} has errors about {grant.Area.Name}; fix them and run again.");
        }

        environment.Out.WriteLine($"{addable.Count} grant(s) added to {specPath}.");
        SayWhichReasonsToRewrite(environment, specPath, edited);

        return skipped.Count == 0 ? ExitCodes.Success : ExitCodes.Error;
    }

    /// <summary>
    /// Names the lines whose reason is a placeholder (the rows just added, and any left from an earlier
    /// run): the parser's IP1021 warnings of the spec as written, so the command and the build agree.
    /// </summary>
    private static void SayWhichReasonsToRewrite(CliEnvironment environment, string specPath, string specText)
    {
        var placeholders = SpecParser.Parse(specText).Diagnostics.Where(d => d.Id == SpecDiagnosticIds.PlaceholderReason).ToList();
        if (placeholders.Count == 0)
        {
            return;
        }

        environment.Out.WriteLine($"Rewrite the placeholder reason ('{PlaceholderReason.Marker} ...') on line {string.Join(", ", placeholders.Select(d => d.Span.Line))} of {specPath}: say why the product needs each grant. A district admin judges the request by these reasons; 'illuminate-perms checklist' refuses the spec until they are rewritten.");
    }

    /// <summary>The grants of the log's IP0001 results (suppressed ones left out), one per area, access and member.</summary>
    private static List<SpecAddition> ReadMissingGrants(string sarifPath)
        => BuildErrorLog.Read(sarifPath)
            .Where(result => result.RuleId == "IP0001" && !result.Suppressed)
            .Select(result => Parse(result.Message, sarifPath))
            .Distinct()
            .ToList();

    private static SpecAddition Parse(string message, string sarifPath)
    {
        if (!GrantMessage.TryRead(message, whole: false, out var member, out var grant))
        {
            throw new CliException($"an IP0001 result in {sarifPath} does not name a grant: \"{message}\".");
        }

        return new SpecAddition(grant.Area, grant.Access, member);
    }
}
