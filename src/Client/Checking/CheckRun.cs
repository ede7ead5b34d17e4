using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using IlluminatePerms.Checking.Report;
using IlluminatePerms.Client;
using IlluminatePerms.Client.Errors;
using IlluminatePerms.Client.Http;
using IlluminatePerms.Client.Models;
using IlluminatePerms.Contract;
using IlluminatePerms.Grants;
using Microsoft.Extensions.Logging;

namespace IlluminatePerms.Checking;

/// <summary>
/// One certificate check: reachability, certificate, then every probe at once (bounded by a
/// semaphore), each waiting only for the identifiers it needs. Identifiers come from the reads of
/// Student Data, Teacher Data, Master Schedule and Gradebook Data, which are probes themselves, so
/// discovery costs one round after the certificate check and probes without placeholders never wait.
/// Gradebook identifiers are the exception Aeries imposes: a gradebook is found only through a staff
/// member, and an assignment only through a gradebook, so the Gradebook Scores probe ends a chain of
/// three reads after that round (their slots come first, so the chain runs beside the other probes).
/// </summary>
internal sealed class CheckRun : IDisposable
{
    private static readonly AeriesArea StudentData = AreaCatalog.Get("Student Data");
    private static readonly AeriesArea TeacherData = AreaCatalog.Get("Teacher Data");
    private static readonly AeriesArea MasterSchedule = AreaCatalog.Get("Master Schedule");
    private static readonly AeriesArea GradebookData = AreaCatalog.Get("Gradebook Data");
    private static readonly AeriesArea GradebookScores = AreaCatalog.Get("Gradebook Scores");
    private static readonly AeriesArea StaffData = AreaCatalog.Get("Staff Data");

    /// <summary>The areas whose reads reveal identifiers: probed first, at discovery priority.</summary>
    private static readonly AeriesArea[] DiscoveryAreas = { StudentData, TeacherData, MasterSchedule, GradebookData };

    /// <summary>Why the programs answer proves none of its row areas (for Special Programs, which has no not-verifiable reason of its own).</summary>
    private const string UndocumentedRows = "The programs article names the heading Student Programs, not a row, and does not say whether Aeries filters program rows by permission.";

    /// <summary>The probe whose rows suggest the program areas: found once, not per area of every check.</summary>
    private static readonly AeriesOperation? ProgramsOperation = AreaCatalog.All.Select(a => AeriesContract.ProbeFor(a)).FirstOrDefault(p => p is not null && p.RowAreas.Count > 0);

    /// <summary>A probe the stop (cancellation or the deadline) cut short.</summary>
    private static readonly ProbeOutcome NotChecked = new(GrantVerdict.NotChecked, "Not checked: the check was stopped first.", null, null);

    private readonly GrantCheckRequest request;
    private readonly AeriesClient client;
    private readonly IProgress<GrantCheckProgress>? progress;
    private readonly ILogger logger;
    private readonly ProbeSlots slots;
    private readonly Lazy<Task<ProbeOutcome>> scoreWrite;
    private readonly ConcurrentDictionary<AeriesArea, Lazy<Task<ProbeOutcome>>> probes = new();
    private readonly ConcurrentDictionary<string, Lazy<Task<Identifier>>> identifiers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<Task<ProbeOutcome>>> calls = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IdentifierUse> used = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<JsonDocument> bodies = new();
    private readonly DateTimeOffset startedAt = DateTimeOffset.UtcNow;
    private readonly long started = Stopwatch.GetTimestamp();
    private CancellationToken token;
    private int requests;
    private int completed;
    private int total;
    private string? schoolCode;

    public CheckRun(GrantCheckRequest request, AeriesClient client, IProgress<GrantCheckProgress>? progress, ILogger logger)
    {
        this.request = request;
        this.client = client;
        this.progress = progress;
        this.logger = logger;
        slots = new ProbeSlots(request.MaxConcurrency);
        // Once per check: its result decides both Gradebook Scores levels (the write reads the score first).
        scoreWrite = new Lazy<Task<ProbeOutcome>>(() => ProveScoreWriteAsync(request.ProveScoreWrite!));
    }

    public async Task<GrantCheckReport> ExecuteAsync(CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(request.Deadline);
        token = deadline.Token;

        // systeminfo and schools go out together (one round trip instead of two before any probe
        // can start), but are judged in order: an unreachable or non-Aeries server ends the check
        // before anything is said about the certificate, and the schools answer is then dropped.
        Interlocked.Add(ref requests, 2);
        using var certificateCheck = CancellationTokenSource.CreateLinkedTokenSource(token);
        var schoolsAnswer = client.GetSchoolsAsync(null, certificateCheck.Token);
        SystemInfo info;
        try
        {
            info = await client.GetSystemInfoAsync(token).ConfigureAwait(false);
        }
        catch (AeriesRedirectException redirect)
        {
            await DropAsync(schoolsAnswer, certificateCheck).ConfigureAwait(false);
            return Stopped(CheckOutcome.Unreachable, $"{request.BaseUrl}api/v5/systeminfo: {redirect.Explanation}.", null);
        }
        catch (Exception exception) when (exception is AeriesApiException or AeriesConnectionException or JsonException or AeriesResponseTooLargeException)
        {
            await DropAsync(schoolsAnswer, certificateCheck).ConfigureAwait(false);
            return Stopped(CheckOutcome.Unreachable, $"{request.BaseUrl}api/v5/systeminfo did not answer like Aeries ({Describe(exception)}): check the base URL (AeriesBaseUrl discovery can find it).", null);
        }
        catch (OperationCanceledException)
        {
            await DropAsync(schoolsAnswer, certificateCheck).ConfigureAwait(false);
            return Stopped(StoppedOutcome(cancellationToken), "The check was stopped before Aeries answered systeminfo.", null);
        }

        // Server text, shown in the report: cleaned once here (ServerText), before anything reads it.
        info = new SystemInfo
        {
            AeriesVersion = ServerText.Clean(info.AeriesVersion, request.Certificate, ServerText.MaxValueLength),
            DatabaseYear = ServerText.Clean(info.DatabaseYear, request.Certificate, ServerText.MaxValueLength),
        };
        if (string.IsNullOrEmpty(info.AeriesVersion))
        {
            await DropAsync(schoolsAnswer, certificateCheck).ConfigureAwait(false);
            return Stopped(CheckOutcome.Unreachable, $"{request.BaseUrl}api/v5/systeminfo answered, but not with an Aeries version: check the base URL.", null);
        }

        IReadOnlyList<School> schools;
        try
        {
            schools = await schoolsAnswer.ConfigureAwait(false);
        }
        catch (AeriesRedirectException redirect)
        {
            return Stopped(CheckOutcome.Unreachable, $"{request.BaseUrl}api/v5/schools: {redirect.Explanation}.", info);
        }
        catch (AeriesCertificateRejectedException exception)
        {
            return Stopped(CheckOutcome.CertificateRejected, $"Aeries did not accept the certificate {request.Certificate.Redacted}: it answered {exception.StatusCode} to schools, which needs no permission. Check that it was copied whole from Display Certificate Details and belongs to this district.", info);
        }
        catch (Exception exception) when (exception is AeriesApiException or AeriesConnectionException or JsonException or AeriesResponseTooLargeException)
        {
            return Stopped(CheckOutcome.Unreachable, $"Aeries answered systeminfo but not schools ({Describe(exception)}).", info);
        }
        catch (OperationCanceledException)
        {
            return Stopped(StoppedOutcome(cancellationToken), "The check was stopped while checking the certificate.", info);
        }

        schoolCode = request.Identifiers.TryGetValue("SchoolCode", out var given) ? given : schools.FirstOrDefault()?.SchoolCode.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var plan = Plan();
        total = plan.Count;
        // Discovery first, so its reads take the first slots. Only areas the plan reads: any other is
        // read only when an identifier needs it, so no request outlives the report.
        foreach (var area in DiscoveryAreas.Where(a => plan.Exists(p => ReferenceEquals(p.Area, a) && p.Level == AeriesAccess.Read)))
        {
            _ = Probe(area);
        }

        var results = await Task.WhenAll(plan.Select(ClassifyAsync)).ConfigureAwait(false);
        var outcome = token.IsCancellationRequested ? StoppedOutcome(cancellationToken) : CheckOutcome.Completed;
        return Report(
            outcome,
            outcome switch
            {
                CheckOutcome.Cancelled => $"Cancelled after {Finished(results)} of {total} results; the other {total - Finished(results)} are marked not checked.",
                CheckOutcome.DeadlineExceeded => $"The deadline ({request.Deadline.TotalSeconds:0} s) passed after {Finished(results)} of {total} results; the other {total - Finished(results)} are marked not checked.",
                _ => Summarize(results),
            },
            info,
            results.Where(r => r.InSpec).ToList(),
            results.Where(r => !r.InSpec && r.Verdict is GrantVerdict.Verified or GrantVerdict.Inferred).ToList());
    }

    public void Dispose()
    {
        foreach (var body in bodies)
        {
            body.Dispose();
        }
    }

    /// <summary>Cancels the schools request once systeminfo has ended the check, and waits for it so nothing runs on after the report.</summary>
    private static async Task DropAsync(Task<IReadOnlyList<School>> schools, CancellationTokenSource cancel)
    {
        await cancel.CancelAsync().ConfigureAwait(false);
        try
        {
            await schools.ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is AeriesApiException or AeriesConnectionException or JsonException or AeriesResponseTooLargeException or OperationCanceledException)
        {
            // Its answer says nothing once systeminfo has: the report names systeminfo's failure.
        }
    }

    /// <summary>Results with a verdict of their own: every result once classified counts as done, so the not-checked ones are left out here.</summary>
    private static int Finished(GrantCheckResult[] results) => results.Count(r => r.Verdict != GrantVerdict.NotChecked);

    private static string Summarize(GrantCheckResult[] results)
    {
        var spec = results.Where(r => r.InSpec).ToList();
        var missing = spec.Count(r => r.Verdict == GrantVerdict.Missing);
        var excess = results.Count(r => !r.InSpec && r.Verdict is GrantVerdict.Verified or GrantVerdict.Inferred);
        return $"{spec.Count(r => r.Verdict == GrantVerdict.Verified)} verified, {missing} missing, {spec.Count(r => r.Verdict == GrantVerdict.NotVerifiable)} not verifiable, {spec.Count(r => r.Verdict == GrantVerdict.Inferred)} inferred (undocumented), {spec.Count(r => r.Verdict == GrantVerdict.Blocked)} blocked, {spec.Count(r => r.Verdict == GrantVerdict.Error)} in error; {excess} readable area(s) outside the spec.";
    }

    private static string Describe(Exception exception) => exception switch
    {
        AeriesUnexpectedAnswerException odd => odd.Answered,
        AeriesRedirectException redirect => redirect.Explanation,
        AeriesBusyException busy => busy.Explanation,
        AeriesApiException api => $"status {api.StatusCode}",
        AeriesConnectionException { Timeout: { } timeout } => string.Create(CultureInfo.InvariantCulture, $"no complete answer within {timeout.TotalSeconds:0.#} s"),
        AeriesConnectionException connection => connection.IsTls ? "TLS handshake failed: a district certificate authority may need trusting" : "not reachable",
        AeriesResponseTooLargeException => "answer too large",
        _ => "not JSON",
    };

    private CheckOutcome StoppedOutcome(CancellationToken callerToken)
        => callerToken.IsCancellationRequested ? CheckOutcome.Cancelled : CheckOutcome.DeadlineExceeded;

    /// <summary>Every (area, level) to classify: the spec's levels, then the Read of each area outside it.</summary>
    private List<(AeriesArea Area, AeriesAccess Level, bool InSpec)> Plan()
    {
        var plan = new List<(AeriesArea, AeriesAccess, bool)>();
        foreach (var grant in request.Spec)
        {
            foreach (var level in AccessText.Levels.Where(level => (grant.Access & level) == level))
            {
                plan.Add((grant.Area, level, true));
            }
        }

        if (request.ProbeOutsideSpec)
        {
            foreach (var area in AreaCatalog.All.Where(a => (request.Spec.AccessTo(a) & AeriesAccess.Read) == 0 && (AeriesContract.ProbeFor(a) is not null || IsProgramRow(a))))
            {
                plan.Add((area, AeriesAccess.Read, false));
            }
        }

        return plan;
    }

    private async Task<GrantCheckResult> ClassifyAsync((AeriesArea Area, AeriesAccess Level, bool InSpec) item)
    {
        var (area, level, inSpec) = item;
        ProbeOutcome outcome;
        try
        {
            outcome = level == AeriesAccess.Read
                ? await ReadOutcomeAsync(area).ConfigureAwait(false)
                : await WriteOutcomeAsync(area, level).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!token.IsCancellationRequested)
        {
            outcome = new ProbeOutcome(GrantVerdict.Error, "No answer in time.", null, null);
        }
        catch (OperationCanceledException)
        {
            // Stopped (Ctrl+C or the deadline) before this probe finished: nothing is known, which is not an error of the server.
            outcome = NotChecked;
        }

        var result = new GrantCheckResult
        {
            Area = area.Name,
            Group = area.Group,
            Access = AccessText.Format(level),
            InSpec = inSpec,
            Verdict = outcome.Verdict,
            Reason = outcome.Reason,
            OperationId = outcome.OperationId,
            StatusCode = outcome.StatusCode,
            NeededIdentifier = outcome.Verdict is GrantVerdict.Blocked or GrantVerdict.Error ? outcome.NeededIdentifier : null,
            ToTick = outcome.Verdict == GrantVerdict.Missing && inSpec ? new AdminTick(area.Group, area.Name, AccessText.Format(level)) : null,
        };
        var done = Interlocked.Increment(ref completed);
        logger.LogInformation("Aeries check: {Area}: {Access} {Verdict} ({Status})", result.Area, result.Access, result.Verdict, result.StatusCode);
        progress?.Report(new GrantCheckProgress(done, total, result));
        return result;
    }

    private async Task<ProbeOutcome> ReadOutcomeAsync(AeriesArea area)
    {
        // The programs answer proves none of its row areas, Special Programs included: see ProgramRowOutcomeAsync.
        if (IsProgramRow(area))
        {
            return await ProgramRowOutcomeAsync(area).ConfigureAwait(false);
        }

        if (AeriesContract.ProbeFor(area) is not null)
        {
            var outcome = await Probe(area).ConfigureAwait(false);
            if (ReferenceEquals(area, GradebookScores) && outcome.Verdict != GrantVerdict.Verified && request.ProveScoreWrite is not null
                && await scoreWrite.Value.ConfigureAwait(false) is { Verdict: GrantVerdict.Verified } written)
            {
                // The no-op write read the score before writing it back: Aeries answered a read of exactly this area.
                return written with { Reason = $"The no-op score write read the score, wrote it back and read it back ({outcome.Reason.TrimEnd('.')} by itself)." };
            }

            if (outcome.Verdict == GrantVerdict.Missing && outcome.RefusedArea is { } named && !ReferenceEquals(named, area))
            {
                return outcome with
                {
                    Verdict = GrantVerdict.NotVerifiable,
                    Reason = $"Aeries refused the request for {named.Name} (status {outcome.StatusCode}), not for {area.Name}; tick {named.Name} and check again to see {area.Name}.",
                };
            }

            return outcome;
        }

        return new ProbeOutcome(GrantVerdict.NotVerifiable, AeriesContract.NotVerifiableReason(area) ?? "No documented read endpoint.", null, null);
    }

    /// <summary>
    /// Special Programs, Special Education, Free and Reduced and GATE: the programs article names the
    /// screen heading "Student Programs", not one of these rows, and does not say Aeries filters rows by
    /// permission, so an answer is never proof of one of them. Rows of an area's kind in the answer
    /// make it <see cref="GrantVerdict.Inferred"/>; no row of its kind says nothing either way.
    /// </summary>
    private async Task<ProbeOutcome> ProgramRowOutcomeAsync(AeriesArea area)
    {
        var programs = ProgramsOperation!;
        var endpointArea = programs.RequiredGrant!.Value.Area;
        var outcome = await Probe(endpointArea).ConfigureAwait(false);
        switch (outcome.Verdict)
        {
            case GrantVerdict.Verified:
                var rows = outcome.Body?.RootElement is { ValueKind: JsonValueKind.Array } array
                    ? array.EnumerateArray().Count(row => ReferenceEquals(ProgramRows.AreaOf(Identifier.Read(row, "ProgramCode")), area))
                    : 0;
                return rows > 0
                    ? outcome with
                    {
                        Verdict = GrantVerdict.Inferred,
                        Reason = $"Aeries answered the programs request; it held {rows} {area.Name} row(s). That this shows {area.Name}: Read rests on an undocumented assumption: the article names the heading Student Programs, not this row, and does not say Aeries filters program rows by permission.",
                    }
                    : outcome with { Verdict = GrantVerdict.NotVerifiable, Reason = $"Aeries answered the programs request; it held no {area.Name} row, which shows nothing either way. {AeriesContract.NotVerifiableReason(area) ?? UndocumentedRows}" };
            // Aeries named this row in its refusal (or named none, and this is the row the contract takes for the endpoint).
            case GrantVerdict.Missing when ReferenceEquals(outcome.RefusedArea, area) || (outcome.RefusedArea is null && ReferenceEquals(area, endpointArea)):
                return outcome;
            case GrantVerdict.Missing:
                return outcome with { Verdict = GrantVerdict.NotVerifiable, Reason = $"The programs request was refused ({outcome.RefusedArea?.Name ?? endpointArea.Name}), so no {area.Name} row could be seen. {AeriesContract.NotVerifiableReason(area) ?? UndocumentedRows}" };
            default:
                return outcome;
        }
    }

    private async Task<ProbeOutcome> WriteOutcomeAsync(AeriesArea area, AeriesAccess level)
    {
        if (ReferenceEquals(area, GradebookScores) && level == AeriesAccess.Update && request.ProveScoreWrite is { } proof)
        {
            return await scoreWrite.Value.ConfigureAwait(false);
        }

        return new ProbeOutcome(
            GrantVerdict.NotVerifiable,
            ReferenceEquals(area, GradebookScores) && level == AeriesAccess.Update
                ? "A write level cannot be proven without writing; opt in to a no-op score write (ProveScoreWrite) to prove it."
                : $"A write level ({AccessText.Format(level)}) cannot be proven without changing the district's data.",
            null,
            null);
    }

    /// <summary>
    /// Gradebook Scores: Update, proven by writing a score back unchanged: Verified only when the
    /// write itself was answered with success and the score then reads back as it was. The write is
    /// sent once; a 5xx, a 429 or a lost answer proves nothing, since it may never have reached Aeries.
    /// </summary>
    private async Task<ProbeOutcome> ProveScoreWriteAsync(ScoreWriteProof proof)
    {
        const string Write = AeriesOperationIds.Gradebook.CreateUpdatingAssignmentScores;
        const string NoSuchScore = "The score named for the no-op write does not exist; name a student with a score.";
        const string NotProven = "so Gradebook Scores: Update is not proven";
        await slots.WaitAsync(SlotPriority.Independent, token).ConfigureAwait(false);
        try
        {
            Interlocked.Add(ref requests, 3);
            var score = await ReadScoreAsync(proof).ConfigureAwait(false);
            if (score is null)
            {
                return new ProbeOutcome(GrantVerdict.Error, NoSuchScore, Write, 200);
            }

            // Aeries gives a score written without a DateCompleted the assignment's due date (the
            // article's update section), so a score that has none cannot be written back unchanged.
            if (score.DateCompleted is null)
            {
                return new ProbeOutcome(GrantVerdict.Error, $"The score named for the no-op write has no completion date, and Aeries would give it the assignment's due date; nothing was written, {NotProven}: name a student whose score is entered.", Write, 200);
            }

            // Everything the write can set, as read: a field left out could be cleared by Aeries.
            var same = new ScoreWrite
            {
                StudentID = score.StudentID,
                NumberCorrect = score.NumberCorrect,
                Mark = score.NumberCorrect is null ? score.Mark : null,
                IsMissing = score.IsMissing,
                DateCompleted = score.DateCompleted?.ToString(ScoreWrite.DateFormat, System.Globalization.CultureInfo.InvariantCulture),
            };
            var status = await client.WriteScoreOnceAsync(proof.GradebookNumber, proof.AssignmentNumber, same, token).ConfigureAwait(false);
            var after = await ReadScoreAsync(proof).ConfigureAwait(false);
            if (after is null)
            {
                return new ProbeOutcome(GrantVerdict.Error, $"Aeries answered {status} to the no-op score write, but the score did not read back, {NotProven}.", Write, status);
            }

            var differences = ScoreReadBack.Differences(score, after);
            return differences.Count == 0
                ? new ProbeOutcome(GrantVerdict.Verified, $"The same score was written back and read back unchanged (Aeries answered {status} to the write).", Write, status)
                : new ProbeOutcome(GrantVerdict.Error, $"Aeries answered {status} to the no-op score write, but the score read back differs ({string.Join(", ", differences)}), {NotProven}: check the score in Aeries.", Write, status);
        }
        catch (AeriesPermissionException refused) when (ReferenceEquals(refused.Area, GradebookScores) && refused.Access.HasFlag(AeriesAccess.Update))
        {
            return new ProbeOutcome(GrantVerdict.Missing, $"Aeries refused the no-op score write ({refused.StatusCode}).", Write, refused.StatusCode);
        }
        catch (AeriesPermissionException refused)
        {
            return new ProbeOutcome(GrantVerdict.Blocked, $"The no-op write needs {refused.Refused} to read the score first.", refused.OperationId, refused.StatusCode);
        }
        catch (AeriesApiException notFound) when (notFound.StatusCode == 404)
        {
            // Aeries answers 404 for a single addressed object that does not exist: the named score.
            return new ProbeOutcome(GrantVerdict.Error, NoSuchScore, notFound.OperationId, 404);
        }
        catch (AeriesUnexpectedAnswerException odd)
        {
            return new ProbeOutcome(GrantVerdict.Error, $"The no-op score write failed: the server {odd.Answered}", odd.OperationId, odd.StatusCode);
        }
        catch (AeriesApiException failed) when (failed.OperationId == Write)
        {
            var answered = failed.StatusCode == 429 ? "429 (too many requests)" : failed.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return new ProbeOutcome(GrantVerdict.Error, $"The no-op score write failed: Aeries answered {answered} to the write, which may not have reached Aeries, {NotProven}.", Write, failed.StatusCode);
        }
        catch (AeriesConnectionException lost) when (lost.OperationId == Write)
        {
            return new ProbeOutcome(GrantVerdict.Error, $"The no-op score write failed: no whole answer came back (the connection failed) and it may or may not have reached Aeries, {NotProven}.", Write, null);
        }
        catch (Exception exception) when (exception is AeriesApiException or AeriesConnectionException or JsonException or AeriesResponseTooLargeException)
        {
            return new ProbeOutcome(GrantVerdict.Error, $"The no-op score write failed: {Describe(exception)}.", (exception as AeriesApiException)?.OperationId ?? Write, (exception as AeriesApiException)?.StatusCode);
        }
        finally
        {
            slots.Release();
        }
    }

    /// <summary>The named student's score (Aeries answers one object; 404 when there is none), or null when it names another student.</summary>
    private async Task<AssignmentScore?> ReadScoreAsync(ScoreWriteProof proof)
        => await client.GetAssignmentScoreAsync(proof.GradebookNumber, proof.AssignmentNumber, proof.StudentID, token).ConfigureAwait(false) is { } score
            && score.StudentID == proof.StudentID
                ? score
                : null;

    private static bool IsProgramRow(AeriesArea area)
        => ProgramsOperation is { } programs && programs.RowAreas.Contains(area);

    private Task<ProbeOutcome> Probe(AeriesArea area)
        => probes.GetOrAdd(area, a => new Lazy<Task<ProbeOutcome>>(() => RunProbeAsync(a))).Value;

    /// <summary>
    /// Reads the area by the first of its documented reads (<see cref="ProbeRoutes"/>) whose
    /// identifiers can be had: given, discovered, or not needed because the read's documented
    /// "omitted or 0 means all" form lists the school. The probe's own failure is the answer when none can.
    /// </summary>
    private async Task<ProbeOutcome> RunProbeAsync(AeriesArea area)
    {
        // Discovery sources first, then probes that already waited for an identifier.
        var discovery = Array.IndexOf(DiscoveryAreas, area) >= 0;
        ProbeOutcome? firstFailure = null;
        foreach (var operation in ProbeRoutes.For(area))
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            var found = new List<Identifier>();
            ProbeOutcome? failure = null;
            foreach (var name in operation.Parameters)
            {
                var optional = name == operation.OptionalParameter;
                if (optional && !request.Identifiers.ContainsKey(name) && !FillsOptional(operation))
                {
                    continue;
                }

                // An identifier found through this very area's probe cannot serve another of its routes (it would wait on itself).
                var identifier = !request.Identifiers.ContainsKey(name) && FoundThrough(name).Contains(area)
                    ? Identifier.Failed(name, $"No {name} to probe {area.Name} with: it is found through {area.Name} itself.")
                    : await Resolve(name).ConfigureAwait(false);
                if (identifier.Value is not null)
                {
                    values[name] = identifier.Value;
                    found.Add(identifier);
                }
                else if (optional)
                {
                    // No one's ID to narrow it: the documented form without it lists the school.
                }
                else if (name == operation.AllRecordsParameter && operation.ZeroMeansAll)
                {
                    values[name] = "0";
                }
                else
                {
                    failure = new ProbeOutcome(identifier.Failure ?? GrantVerdict.Error, identifier.FailureReason ?? $"No {name} to probe with.", operation.Id, null, NeededIdentifier: name);
                    break;
                }
            }

            if (failure is not null)
            {
                firstFailure ??= failure;
                continue;
            }

            foreach (var identifier in found)
            {
                used.TryAdd(identifier.Name, new IdentifierUse(identifier.Name, identifier.Value!, identifier.Source));
            }

            var priority = discovery ? SlotPriority.Discovery
                : found.Any(i => i.Name != "SchoolCode") ? SlotPriority.Waited
                : SlotPriority.Independent;
            return await CallOnceAsync(operation, values, priority).ConfigureAwait(false);
        }

        return firstFailure!;
    }

    /// <summary>The areas whose probes <see cref="DiscoverAsync"/> reads to find <paramref name="name"/>.</summary>
    private static AeriesArea[] FoundThrough(string name) => name switch
    {
        "StudentID" or "StudentNumber" => new[] { StudentData },
        "StaffID" => new[] { TeacherData, MasterSchedule },
        "SectionNumber" => new[] { MasterSchedule },
        "GradebookNumber" or "UniqueID" => new[] { GradebookData },
        _ => Array.Empty<AeriesArea>(),
    };

    /// <summary>One request per operation and values however many probes and discoveries ask for it (a school's list serves both).</summary>
    private Task<ProbeOutcome> CallOnceAsync(AeriesOperation operation, Dictionary<string, string> values, SlotPriority priority)
        => calls.GetOrAdd(
            operation.Id + "?" + string.Join("&", values.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => v.Key + "=" + v.Value)),
            _ => new Lazy<Task<ProbeOutcome>>(() => CallAsync(operation, values, priority))).Value;

    /// <summary>
    /// Whether a probe fills its optional trailing placeholder rather than leaving it out ("all").
    /// Paged reads are bounded by single-record paging instead. A person ID (StudentID, StaffID) is
    /// filled when nothing else narrows the list, so a probe never asks for every student's or
    /// staff member's records; under an assignment or a gradebook the list is one class already.
    /// </summary>
    internal static bool FillsOptional(AeriesOperation operation)
        => !operation.Pages
           && operation.OptionalParameter is "StudentID" or "StaffID"
           && operation.Parameters.All(p => p == "SchoolCode" || p == operation.OptionalParameter);

    private async Task<ProbeOutcome> CallAsync(AeriesOperation operation, Dictionary<string, string> values, SlotPriority priority)
    {
        if (ProbeValues.FirstUnfit(values, request.Certificate) is { } unfit)
        {
            return new ProbeOutcome(GrantVerdict.Error, $"The {unfit} to probe with is not an identifier (white space, control characters, the certificate, or over 64 characters): the request was not sent.", operation.Id, null);
        }

        await slots.WaitAsync(priority, token).ConfigureAwait(false);
        try
        {
            Interlocked.Increment(ref requests);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(token);
            timeout.CancelAfter(request.RequestTimeout);
            try
            {
                var body = await client.ProbeAsync(operation, values, timeout.Token).ConfigureAwait(false);
                bodies.Add(body);

                return new ProbeOutcome(GrantVerdict.Verified, "Aeries answered a request that needs this permission.", operation.Id, operation.SuccessStatus, body);
            }
            catch (AeriesPermissionException refused)
            {
                return new ProbeOutcome(GrantVerdict.Missing, $"Aeries refused a request that needs this permission ({refused.StatusCode}).", operation.Id, refused.StatusCode, null, RefusalMessage.NamedArea(refused.AeriesMessage));
            }
            catch (AeriesResponseTooLargeException)
            {
                return new ProbeOutcome(GrantVerdict.Verified, "Aeries answered a request that needs this permission (with more than the check reads).", operation.Id, operation.SuccessStatus);
            }
            catch (AeriesUnexpectedAnswerException odd)
            {
                // A sign-in page or a proxy's answer is no evidence either way.
                return new ProbeOutcome(GrantVerdict.Error, $"The server {odd.Answered}", operation.Id, odd.StatusCode);
            }
            catch (AeriesRedirectException redirect)
            {
                return new ProbeOutcome(GrantVerdict.Error, $"Not evidence: {redirect.Explanation}.", operation.Id, redirect.StatusCode);
            }
            catch (AeriesBusyException busy)
            {
                return new ProbeOutcome(GrantVerdict.Error, $"{busy.Explanation} (status {busy.StatusCode}).", operation.Id, busy.StatusCode);
            }
            catch (AeriesApiException failed)
            {
                return new ProbeOutcome(GrantVerdict.Error, Explain(failed.StatusCode), operation.Id, failed.StatusCode);
            }
            catch (AeriesConnectionException timedOut) when (timedOut.Timeout is not null)
            {
                return new ProbeOutcome(GrantVerdict.Error, string.Create(CultureInfo.InvariantCulture, $"No answer within {timedOut.Timeout.Value.TotalSeconds:0.#} s."), operation.Id, null);
            }
            catch (AeriesConnectionException failed)
            {
                return new ProbeOutcome(GrantVerdict.Error, failed.IsTls ? "The TLS handshake failed: trust the district's certificate authority." : "Aeries could not be reached.", operation.Id, null);
            }
            catch (OperationCanceledException) when (!token.IsCancellationRequested)
            {
                return new ProbeOutcome(GrantVerdict.Error, string.Create(CultureInfo.InvariantCulture, $"No answer within {request.RequestTimeout.TotalSeconds:0.#} s."), operation.Id, null);
            }
        }
        finally
        {
            slots.Release();
        }
    }

    private static string Explain(int status) => status switch
    {
        404 => "Aeries answered 404: the record probed was not found; give identifiers of records that exist.",
        501 => "Aeries answered 501: the district has not switched this area of the v5 API on.",
        429 => "Aeries kept answering 429 (too many requests) after the retries.",
        >= 500 => $"Aeries answered {status} after the retries.",
        _ => $"Aeries answered {status}, which says nothing about the permission.",
    };

    private Task<Identifier> Resolve(string name)
        => identifiers.GetOrAdd(name, n => new Lazy<Task<Identifier>>(() => DiscoverAsync(n))).Value;

    private async Task<Identifier> DiscoverAsync(string name)
    {
        if (request.Identifiers.TryGetValue(name, out var given))
        {
            return Identifier.Found(name, given, "given");
        }

        switch (name)
        {
            case "SchoolCode":
                return schoolCode is null ? Identifier.Failed(name, "The certificate sees no school.") : Identifier.Found(name, schoolCode, AeriesOperationIds.Schools.GetSchoolInformation);
            case "StudentID":
            case "StudentNumber":
                var students = FromRecord(name, await Probe(StudentData).ConfigureAwait(false), StudentData, name, "a student");
                if (students.Value is not null)
                {
                    return students;
                }

                return await FromListingsAsync(name, name).ConfigureAwait(false)
                    ?? (students.Failure == GrantVerdict.Blocked ? Identifier.Blocked(name, "Needs Student Data: Read, or a read of the spec that lists a school's students, to find a student.") : students);
            case "StaffID":
                var teachers = await Probe(TeacherData).ConfigureAwait(false);
                var fromTeachers = FromRecord(name, teachers, TeacherData, "StaffID1", "a staff member");
                if (fromTeachers.Value is not null)
                {
                    return fromTeachers;
                }

                var sections = await Probe(MasterSchedule).ConfigureAwait(false);
                var staff = sections.FirstRecord is { } section && section.TryGetProperty("SectionStaffMembers", out var members) && members.ValueKind == JsonValueKind.Array
                    ? members.EnumerateArray().Select(m => Identifier.Read(m, "StaffID")).FirstOrDefault(id => id is not null)
                    : null;
                if (staff is not null)
                {
                    return Identifier.Found(name, staff, sections.OperationId!);
                }

                // Staff Data's own list, when the spec asks for it: its records' ID is the StaffID.
                return await FromListingsAsync(name, "ID", StaffData).ConfigureAwait(false)
                    ?? (teachers.Verdict == GrantVerdict.Missing && sections.Verdict == GrantVerdict.Missing
                        ? Identifier.Blocked(name, "Needs Teacher Data: Read, Master Schedule: Read or Staff Data: Read to find a staff member.")
                        : fromTeachers);
            case "SectionNumber":
                return FromRecord(name, await Probe(MasterSchedule).ConfigureAwait(false), MasterSchedule, name, "a section");
            case "GradebookNumber":
                return FromRecord(name, await Probe(GradebookData).ConfigureAwait(false), GradebookData, name, "a gradebook");
            case "UniqueID":
                return await DiscoverAssignmentAsync(name).ConfigureAwait(false);
            default:
                return Identifier.Failed(name, $"IlluminatePerms cannot discover {name}; give it in GrantCheckRequest.Identifiers.");
        }
    }

    /// <summary>
    /// <paramref name="name"/> from the first record of a school listing (a read of the spec that
    /// can leave out the ID, <see cref="ProbeRoutes.ListingWithout"/>, of <paramref name="only"/>
    /// when given) that the certificate answers with a record carrying <paramref name="field"/>;
    /// null when none does.
    /// </summary>
    private async Task<Identifier?> FromListingsAsync(string name, string field, AeriesArea? only = null)
    {
        foreach (var area in request.Spec.Select(g => g.Area).Where(a => only is null || ReferenceEquals(a, only)))
        {
            if ((request.Spec.AccessTo(area) & AeriesAccess.Read) == 0 || ReferenceEquals(area, StudentData))
            {
                continue;
            }

            foreach (var operation in ProbeRoutes.For(area))
            {
                if (ProbeRoutes.ListingWithout(operation, name == "StudentNumber" ? "StudentID" : name) is not { } values)
                {
                    continue;
                }

                if (operation.Parameters.Contains("SchoolCode"))
                {
                    if (schoolCode is null)
                    {
                        break;
                    }

                    values["SchoolCode"] = schoolCode;
                }

                var listing = await CallOnceAsync(operation, values, SlotPriority.Discovery).ConfigureAwait(false);
                if (Identifier.Read(listing.FirstRecord, field) is { } value)
                {
                    return Identifier.Found(name, value, operation.Id);
                }

                // One listing per area: its other reads answer the same records.
                break;
            }
        }

        return null;
    }

    private async Task<Identifier> DiscoverAssignmentAsync(string name)
    {
        var gradebook = await Resolve("GradebookNumber").ConfigureAwait(false);
        if (gradebook.Value is null)
        {
            return gradebook with { Name = name, FailureReason = gradebook.FailureReason?.Replace("a gradebook", "an assignment (through a gradebook)", StringComparison.Ordinal) };
        }

        used.TryAdd("GradebookNumber", new IdentifierUse("GradebookNumber", gradebook.Value, gradebook.Source));
        var assignments = await CallOnceAsync(AeriesContract.Get(AeriesOperationIds.Gradebook.GetAssignmentInformation), new Dictionary<string, string> { ["GradebookNumber"] = gradebook.Value }, SlotPriority.Discovery).ConfigureAwait(false);
        return FromRecord(name, assignments, GradebookData, "UniqueID", "an assignment");
    }

    private static Identifier FromRecord(string name, ProbeOutcome outcome, AeriesArea source, string field, string what)
    {
        switch (outcome.Verdict)
        {
            case GrantVerdict.Verified:
                var value = Identifier.Read(outcome.FirstRecord, field);
                return value is not null
                    ? Identifier.Found(name, value, outcome.OperationId!)
                    : Identifier.Failed(name, $"Found no {what.Replace("a ", string.Empty, StringComparison.Ordinal).Replace("an ", string.Empty, StringComparison.Ordinal)} to probe with ({outcome.OperationId} answered no {field}); give {name} in GrantCheckRequest.Identifiers.");
            case GrantVerdict.Missing:
                return Identifier.Blocked(name, $"Needs {source.Name}: Read to find {what}.");
            default:
                return new Identifier(name, null, string.Empty, outcome.Verdict == GrantVerdict.Blocked ? GrantVerdict.Blocked : GrantVerdict.Error, $"Could not find {what}: {outcome.Reason}");
        }
    }

    private GrantCheckReport Stopped(CheckOutcome outcome, string summary, SystemInfo? info)
        => Report(outcome, summary, info, Array.Empty<GrantCheckResult>(), Array.Empty<GrantCheckResult>());

    private GrantCheckReport Report(CheckOutcome outcome, string summary, SystemInfo? info, IReadOnlyList<GrantCheckResult> results, IReadOnlyList<GrantCheckResult> excess)
    {
        logger.LogInformation("Aeries check of {Certificate} at {Host}: {Outcome}: {Summary}", request.Certificate.Redacted, request.BaseUrl.Host, outcome, summary);
        return new GrantCheckReport
        {
            BaseUrl = request.BaseUrl.ToString(),
            Certificate = request.Certificate.Redacted,
            Outcome = outcome,
            Summary = summary,
            AeriesVersion = info?.AeriesVersion,
            DatabaseYear = info?.DatabaseYear,
            StartedAt = startedAt,
            Duration = Stopwatch.GetElapsedTime(started),
            Requests = requests,
            // Discovered values are server text.
            Identifiers = used.Values
                .Select(u => u with { Value = ServerText.Clean(u.Value, request.Certificate, ServerText.MaxValueLength) ?? string.Empty })
                .OrderBy(u => u.Name, StringComparer.Ordinal)
                .ToList(),
            // The plan is in screen order already (GrantSet enumerates so, levels in column order).
            Results = results,
            Excess = excess,
            Features = FeatureJudge.Judge(request.Features, results, summary),
        };
    }
}
