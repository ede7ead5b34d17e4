using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using IlluminatePerms.Grants;

namespace IlluminatePerms.Contract;

/// <summary>
/// One documented Aeries v5 operation: method, path, the permission it needs and what it answers.
/// Instances come from <see cref="AeriesContract"/>; compare them by reference.
/// </summary>
#if BUILDING_SOURCE_GENERATOR
internal sealed class AeriesOperation
#else
public sealed class AeriesOperation
#endif
{
    internal AeriesOperation(
        string id,
        string method,
        string pathTemplate,
        Grant? requiredGrant,
        AeriesResponseKind responseKind,
        string article,
        ContractSource source = ContractSource.Article,
        int successStatus = 200,
        bool successStatusStated = true,
        bool pages = false,
        bool requiresCertificate = true,
        bool hasSideEffects = false,
        string? allRecordsParameter = null,
        bool zeroMeansAll = false,
        IReadOnlyList<AeriesArea>? rowAreas = null,
        bool wholeSchool = false,
        string? note = null,
        string? schoolYearParameter = null,
        IReadOnlyList<ClientMethod>? client = null)
    {
        Id = id;
        Method = method;
        PathTemplate = pathTemplate;
        Parameters = ParseParameters(pathTemplate, out var optional);
        OptionalParameter = optional;
        RequiredGrant = requiredGrant;
        ResponseKind = responseKind;
        Article = article;
        Source = source;
        SuccessStatus = successStatus;
        SuccessStatusStated = successStatusStated;
        Pages = pages;
        RequiresCertificate = requiresCertificate;
        HasSideEffects = hasSideEffects;
        AllRecordsParameter = allRecordsParameter ?? optional;
        ZeroMeansAll = zeroMeansAll;
        RowAreas = rowAreas ?? Array.Empty<AeriesArea>();
        ReturnsWholeSchool = wholeSchool;
        Note = note;
        if (schoolYearParameter is not null && !Parameters.Contains(schoolYearParameter))
        {
            throw new ArgumentException($"{pathTemplate} has no {{{schoolYearParameter}}}.", nameof(schoolYearParameter));
        }

        SchoolYearParameter = schoolYearParameter;
        ClientMethods = client ?? Array.Empty<ClientMethod>();
    }

    /// <summary>A stable name, e.g. <c>gradebook.get_assignment_scores</c> (the capture's operation id where it has one).</summary>
    public string Id { get; }

    /// <summary>"GET", "POST", "PUT" or "DELETE".</summary>
    public string Method { get; }

    /// <summary>
    /// The path under <c>api/v5/</c>, with placeholders: <c>schools/{SchoolCode}/students/{StudentID?}</c>.
    /// A trailing <c>{Name?}</c> may be left out, which asks for every record.
    /// </summary>
    public string PathTemplate { get; }

    /// <summary>The placeholder names, in path order.</summary>
    public IReadOnlyList<string> Parameters { get; }

    /// <summary>The trailing placeholder that may be left out, or null.</summary>
    public string? OptionalParameter { get; }

    /// <summary>The permission a certificate needs; null when a valid certificate (or none, see <see cref="RequiresCertificate"/>) is enough.</summary>
    public Grant? RequiredGrant { get; }

    /// <summary>False only for <c>systeminfo</c>, which answers without a certificate.</summary>
    public bool RequiresCertificate { get; }

    /// <summary>What a successful answer holds when every placeholder is given; leaving out <see cref="AllRecordsParameter"/> always gives an array.</summary>
    public AeriesResponseKind ResponseKind { get; }

    /// <summary>
    /// What a successful answer holds when <see cref="AllRecordsParameter"/> is left out (or 0, see
    /// <see cref="ZeroMeansAll"/>): an array of every record of the scope, whatever
    /// <see cref="ResponseKind"/> says of one addressed record (the articles' "a single object when
    /// the ID is given"). Null when the operation has no such parameter.
    /// </summary>
    public AeriesResponseKind? ResponseKindForAll => AllRecordsParameter is null ? null : AeriesResponseKind.Array;

    /// <summary>Status of a successful answer: 200, 201 for an insert, 204 for a delete.</summary>
    public int SuccessStatus { get; }

    /// <summary>
    /// Whether the article states <see cref="SuccessStatus"/>; false when it is taken from Aeries'
    /// PowerShell module or assumed (the <see cref="Note"/> says which).
    /// </summary>
    public bool SuccessStatusStated { get; }

    /// <summary>Whether the operation takes <c>StartingRecord</c>/<c>EndingRecord</c> (inclusive, 1-based record numbers).</summary>
    public bool Pages { get; }

    /// <summary>
    /// Whether <c>?DatabaseYear=</c> selects the school year: every operation ("Building a Request"),
    /// <c>systeminfo</c> included, whose DatabaseYear field reflects a valid year passed in the query string.
    /// </summary>
    public bool TakesDatabaseYear => true;

    /// <summary>A GET that changes data (the pre-enrollment commands): never called to probe a certificate.</summary>
    public bool HasSideEffects { get; }

    /// <summary>The placeholder whose absence (or 0, see <see cref="ZeroMeansAll"/>) asks for every record of the scope, or null.</summary>
    public string? AllRecordsParameter { get; }

    /// <summary>Whether 0 in <see cref="AllRecordsParameter"/> asks for every record (Aeries' own module sends 0 where the path cannot leave it out).</summary>
    public bool ZeroMeansAll { get; }

    /// <summary>
    /// For an operation that returns rows of several areas (the programs endpoint), those areas: a
    /// record's area decides whether a certificate may see it. Empty otherwise.
    /// </summary>
    public IReadOnlyList<AeriesArea> RowAreas { get; }

    /// <summary>Whether it answers every student's records of a school at once, without paging: never used to probe when a narrower read exists.</summary>
    public bool ReturnsWholeSchool { get; }

    /// <summary>
    /// The placeholder the article writes as a school year <c>yyyy-yyyy</c> ("2024-2025"), or null.
    /// Other year placeholders are a bare four-digit year (the enrollment paths, the data-change times).
    /// </summary>
    public string? SchoolYearParameter { get; }

    /// <summary>The Aeries article that documents the operation, e.g. "Gradebook-related end points".</summary>
    public string Article { get; }

    /// <summary>How strong the evidence is.</summary>
    public ContractSource Source { get; }

    /// <summary>What was inferred, or a caveat of the article; null when there is none.</summary>
    public string? Note { get; }

    /// <summary>The typed client's methods that src/ClientGenerator writes for this operation; empty when the client's methods for it are written by hand.</summary>
    internal IReadOnlyList<ClientMethod> ClientMethods { get; }

    /// <summary>Whether calling this operation reads exactly one area and nothing else: a GET without side effects that needs only Read.</summary>
    public bool IsReadOf(AeriesArea area)
        => Method == "GET" && !HasSideEffects && RequiredGrant is { } grant && ReferenceEquals(grant.Area, area) && grant.Access == AeriesAccess.Read;

    /// <summary>
    /// The path under <c>api/v5/</c> with each placeholder replaced by its (escaped) value. The
    /// optional trailing placeholder is left out when <paramref name="values"/> has no value for it.
    /// </summary>
    /// <exception cref="ArgumentException">A required placeholder has no value.</exception>
    public string Expand(IReadOnlyDictionary<string, string> values)
    {
        if (values is null)
        {
            throw new ArgumentNullException(nameof(values));
        }

        var path = new StringBuilder(PathTemplate.Length + 16);
        foreach (var segment in PathTemplate.Split('/'))
        {
            if (!TryReadPlaceholder(segment, out var name, out var optional))
            {
                Append(path, segment);
                continue;
            }

            if (values.TryGetValue(name, out var value) && value is not null)
            {
                Append(path, Uri.EscapeDataString(value));
            }
            else if (!optional)
            {
                throw new ArgumentException($"'{Id}' needs a value for {{{name}}} ({PathTemplate}).", nameof(values));
            }
        }

        return path.ToString();
    }

    /// <summary>"GET schools/{SchoolCode}/students/{StudentID?}".</summary>
    public override string ToString() => $"{Method} {PathTemplate}";

    /// <summary>Reads <c>{Name}</c> or <c>{Name?}</c>.</summary>
    internal static bool TryReadPlaceholder(string segment, out string name, out bool optional)
    {
        if (segment.Length > 2 && segment[0] == '{' && segment[segment.Length - 1] == '}')
        {
            optional = segment[segment.Length - 2] == '?';
            name = segment.Substring(1, segment.Length - (optional ? 3 : 2));
            return true;
        }

        name = string.Empty;
        optional = false;
        return false;
    }

    private static void Append(StringBuilder path, string segment)
    {
        if (path.Length > 0)
        {
            path.Append('/');
        }

        path.Append(segment);
    }

    private static IReadOnlyList<string> ParseParameters(string template, out string? optional)
    {
        var names = new List<string>();
        optional = null;
        var segments = template.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            if (!TryReadPlaceholder(segments[i], out var name, out var isOptional))
            {
                continue;
            }

            if (isOptional)
            {
                // Only a trailing segment can be left out and still leave a path Aeries knows.
                if (i != segments.Length - 1)
                {
                    throw new ArgumentException($"Only the last segment may be optional: {template}", nameof(template));
                }

                optional = name;
            }

            names.Add(name);
        }

        return names;
    }
}
