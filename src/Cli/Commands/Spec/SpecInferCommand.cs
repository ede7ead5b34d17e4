using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using IlluminatePerms.Cli.Output;

namespace IlluminatePerms.Cli.Commands.Spec;

/// <summary>
/// <c>spec infer [PROJECT] [--from-sarif LOG] [--from-recording DIR] [--from-journal FILE] [--output FILE | --compare SPEC]</c>:
/// the least a product needs, from its code (the build's IP0007 reports) and its traffic (the proxy's
/// recordings, the mock's request log), written as a spec whose reasons the author must rewrite, or
/// compared with a spec. Fails closed: no evidence, a failed build or an unreadable log is an error,
/// never an empty spec.
/// </summary>
internal static class SpecInferCommand
{
    /// <summary>Requests of no operation listed at most.</summary>
    public const int UnmatchedShown = 20;

    /// <summary>Creates the command.</summary>
    public static Command Create(CliEnvironment environment)
    {
        var project = new Argument<string?>("project") { Description = "The project (.csproj or its folder) to build with IP0007 on; its uses of [RequiresGrant] members are the code's evidence.", Arity = ArgumentArity.ZeroOrOne };
        var output = new Option<string?>("--output", "-o") { Description = "Write the spec to this file (whole or not at all) instead of standard output." };
        var sarif = new Option<string?>("--from-sarif") { Description = "A build's SARIF log instead of PROJECT (" + CodeEvidence.HowToBuild + ")." };
        var recording = new Option<string?>("--from-recording") { Description = "A directory of 'illuminate-perms proxy --record': each recorded request's operation needs its grant." };
        var journal = new Option<string?>("--from-journal") { Description = "The mock's request log (its GET /__admin/requests answer, saved in a file)." };
        var compare = new Option<string?>("--compare") { Description = "Instead of writing a spec, list what this spec lacks (exit 2) and what it grants that no evidence uses." };
        var strict = new Option<bool>("--strict") { Description = "With --compare: a grant no evidence uses also exits 2." };
        var product = new Option<string?>("--product") { Description = "The product's name for the spec's '# Product Name:' line (default: the project's name)." };
        var verbose = new Option<bool>("--verbose") { Description = "Details of errors." };
        var command = new Command("infer", "Writes the minimal spec the code and traffic need, each row's reason naming its evidence for you to rewrite; or --compare it with a spec.")
        {
            project, output, sarif, recording, journal, compare, strict, product, verbose,
        };
        command.SetAction((parsed, cancellationToken) => Guarded.RunAsync(environment, parsed.GetValue(verbose), () => RunAsync(
            environment,
            new Request(
                Resolve(environment, parsed.GetValue(project)),
                Resolve(environment, parsed.GetValue(sarif)),
                Resolve(environment, parsed.GetValue(recording)),
                Resolve(environment, parsed.GetValue(journal)),
                Resolve(environment, parsed.GetValue(output)),
                Resolve(environment, parsed.GetValue(compare)),
                parsed.GetValue(strict),
                parsed.GetValue(product)),
            cancellationToken)));
        return command;
    }

    private static string? Resolve(CliEnvironment environment, string? path) => path is null ? null : environment.Resolve(path);

    private static async Task<int> RunAsync(CliEnvironment environment, Request request, CancellationToken cancellationToken)
    {
        request.Validate();
        var evidence = new List<GrantEvidence>();
        if (request.Project is not null)
        {
            evidence.AddRange(await FromProjectAsync(environment, request.Project, cancellationToken).ConfigureAwait(false));
        }

        if (request.Sarif is not null)
        {
            var code = CodeEvidence.FromBuildLog(request.Sarif, environment.WorkingDirectory);
            if (code.Count == 0)
            {
                throw new CliException($"{request.Sarif} has no {CodeEvidence.RuleId} result: a build reports every grant use only when asked ({CodeEvidence.HowToBuild}); a log without them lists only missing grants. Build so, or give PROJECT.");
            }

            evidence.AddRange(code);
        }

        var requests = new List<TrafficRequest>();
        if (request.Recording is not null)
        {
            requests.AddRange(RecordingReader.Read(request.Recording));
        }

        if (request.Journal is not null)
        {
            requests.AddRange(RequestLogReader.Read(request.Journal));
        }

        if (request.Recording is not null || request.Journal is not null)
        {
            evidence.AddRange(FromTraffic(environment, requests));
        }

        if (evidence.Count == 0)
        {
            throw new CliException("no evidence of any grant: neither the code nor the traffic uses an Aeries area that needs one, so there is no spec to write (an empty one would not be an answer).");
        }

        if (request.Compare is not null)
        {
            return SpecComparison.Run(environment, request.Compare, evidence, request.Strict);
        }

        var productName = request.ProductName ?? ProjectName(request.Project);
        if (productName is null)
        {
            environment.Error.WriteLine("note: no product name (give --product): the spec has no '# Product Name:' line, which the checklist shows the district (IP1018).");
        }

        var text = InferredSpec.Write(evidence, productName);
        if (request.Output is null)
        {
            await environment.Out.WriteAsync(text).ConfigureAwait(false);
        }
        else
        {
            AtomicFile.Write(request.Output, text);
            environment.Error.WriteLine($"Wrote {InferredSpec.Needed(evidence).Count} row(s) to {request.Output}.");
        }

        environment.Error.WriteLine($"Rewrite each placeholder reason ('{IlluminatePerms.Spec.PlaceholderReason.Marker} ...'): say why the product needs the grant. 'illuminate-perms checklist' refuses the spec until they are rewritten.");
        return ExitCodes.Success;
    }

    private static async Task<List<GrantEvidence>> FromProjectAsync(CliEnvironment environment, string project, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("illuminate-perms-infer-").FullName;
        try
        {
            var sarif = await ProjectBuild.RunAsync(environment, project, folder, cancellationToken).ConfigureAwait(false);
            var code = CodeEvidence.FromBuildLog(sarif, Directory.Exists(project) ? project : Path.GetDirectoryName(project)!);
            if (code.Count == 0)
            {
                environment.Error.WriteLine($"note: the build of {project} reported no use of a member with [RequiresGrant]: its code needs no Aeries grant.");
            }

            return code;
        }
        finally
        {
            RemoveFolder(environment, folder);
        }
    }

    private static void RemoveFolder(CliEnvironment environment, string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            environment.Error.WriteLine($"warning: could not remove the build's temp folder {folder} ({exception.Message}).");
        }
    }

    /// <summary>The grants the requests asked for; requests of no operation are listed on standard error, never dropped silently.</summary>
    private static IReadOnlyList<GrantEvidence> FromTraffic(CliEnvironment environment, List<TrafficRequest> requests)
    {
        var traffic = TrafficEvidence.Of(requests);
        if (traffic.Unmatched.Count > 0)
        {
            environment.Error.WriteLine($"warning: {traffic.Unmatched.Count} request(s) match no operation of the Aeries contract, so no grant is inferred from them:");
            foreach (var unmatched in traffic.Unmatched.Take(UnmatchedShown))
            {
                environment.Error.WriteLine($"  {unmatched.Method} {unmatched.Path} ({unmatched.Source})");
            }

            if (traffic.Unmatched.Count > UnmatchedShown)
            {
                environment.Error.WriteLine($"  and {traffic.Unmatched.Count - UnmatchedShown} more");
            }
        }

        if (!environment.Quiet)
        {
            environment.Error.WriteLine($"Traffic: {requests.Count} request(s); {traffic.Evidence.Count} need a grant ({traffic.Evidence.Count(e => e.Refused)} refused: asked for, not held), {traffic.WithoutGrant} need none, {traffic.Unmatched.Count} match no operation.");
        }

        return traffic.Evidence;
    }

    private static string? ProjectName(string? project)
        => project is null ? null
            : Directory.Exists(project) ? Path.GetFileName(Path.TrimEndingDirectorySeparator(project))
            : Path.GetFileNameWithoutExtension(project);

    /// <summary>What the command was asked: the sources of evidence and what to do with it.</summary>
    private sealed record Request(string? Project, string? Sarif, string? Recording, string? Journal, string? Output, string? Compare, bool Strict, string? ProductName)
    {
        /// <exception cref="CliException">The options do not fit together.</exception>
        public void Validate()
        {
            if (Project is not null && Sarif is not null)
            {
                throw new CliException("give PROJECT or --from-sarif, not both: both are the code's evidence.");
            }

            if (Project is null && Sarif is null && Recording is null && Journal is null)
            {
                throw new CliException("no evidence given: name a PROJECT to build, or give --from-sarif, --from-recording or --from-journal.");
            }

            if (Compare is not null && Output is not null)
            {
                throw new CliException("--compare writes no spec: leave out --output.");
            }

            if (Strict && Compare is null)
            {
                throw new CliException("--strict applies to --compare only.");
            }

            if (ProductName is not null && (ProductName.Length == 0 || ProductName.IndexOfAny(['\r', '\n']) >= 0))
            {
                throw new CliException("--product must be one line of text.");
            }
        }
    }
}
