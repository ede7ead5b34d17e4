using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using IlluminatePerms.Contract;
using IlluminatePerms.Grants;
using IlluminatePerms.MockAeries.Data;

namespace IlluminatePerms.MockAeries.Http;

/// <summary>What an endpoint handler gets: the operation, the data of the requested year, the path values, the query, the body and the caller's grants.</summary>
internal sealed class ApiContext
{
    private readonly IReadOnlyDictionary<string, string> values;
    private readonly IReadOnlyDictionary<string, string> query;
    private readonly byte[]? body;

    internal ApiContext(AeriesOperation operation, AeriesDataSet data, IReadOnlyDictionary<string, string> values, IReadOnlyDictionary<string, string> query, byte[]? body, GrantSet grants, MockAssumptions assumptions)
    {
        Operation = operation;
        Data = data;
        this.values = values;
        this.query = query;
        this.body = body;
        Grants = grants;
        Assumptions = assumptions;
    }

    /// <summary>The same request against the data of another year.</summary>
    public ApiContext ForData(AeriesDataSet other) => new(Operation, other, values, query, body, Grants, Assumptions);

    /// <summary>The contract operation being answered.</summary>
    public AeriesOperation Operation { get; }

    /// <summary>The data of the requested DatabaseYear (or the default year).</summary>
    public AeriesDataSet Data { get; }

    /// <summary>What the caller's certificate grants.</summary>
    public GrantSet Grants { get; }

    /// <summary>The behaviours the mock assumes where Aeries documents nothing.</summary>
    public MockAssumptions Assumptions { get; }

    /// <summary>The status of a successful answer: the contract's, unless <see cref="MockAssumptions.SuccessStatusCodes"/> switches it.</summary>
    public int SuccessStatus => Assumptions.SuccessStatusCodes.TryGetValue(Operation.Id, out var status) ? status : Operation.SuccessStatus;

    /// <summary>A whole-number path value such as <c>{SchoolCode}</c>; 400 when it is not a number.</summary>
    public int Int(string name)
    {
        var text = values[name];
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw ApiProblem.BadRequest($"{name} must be a whole number, not '{Shorten(text)}'.");
    }

    /// <summary>
    /// A whole-number path value that may be left out: null when it is absent or 0, which Aeries
    /// reads as "all" (its own PowerShell module passes 0).
    /// </summary>
    public int? OptionalInt(string name) => values.ContainsKey(name) && Int(name) is var value && value != 0 ? value : null;

    /// <summary>True when the path has a value for <paramref name="name"/>.</summary>
    public bool HasValue(string name) => values.ContainsKey(name);

    /// <summary>A path value as text.</summary>
    public string Text(string name) => values[name];

    /// <summary>A path value as text, or null when the optional segment was left out.</summary>
    public string? OptionalText(string name) => values.TryGetValue(name, out var value) ? value : null;

    /// <summary>
    /// The start year of a school year written <c>yyyy-yyyy</c> in the path ("2024-2025" is 2024), as
    /// the articles write the <c>…/year/{year}</c> parameters; 400 naming that form for anything else.
    /// </summary>
    public int AcademicYear(string name)
    {
        var text = values[name];
        return IlluminatePerms.Client.Models.AcademicYear.TryParse(text, out var year)
            ? year.StartYear
            : throw ApiProblem.BadRequest($"{name} must be a school year written yyyy-yyyy (e.g. 2024-2025), not '{Shorten(text)}'.");
    }

    /// <summary>A date in the path (yyyyMMdd, yyyy-MM-dd or M-d-yyyy); 400 when malformed.</summary>
    public DateTime PathDate(string name)
    {
        var text = values[name];
        return DateTime.TryParseExact(text, new[] { "yyyyMMdd", "yyyy-MM-dd", "M-d-yyyy" }, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw ApiProblem.BadRequest($"{name} must be a date, not '{Shorten(text)}'.");
    }

    /// <summary>A whole-number query parameter, or null when it is absent or not a number (as Aeries ignores a bad DatabaseYear).</summary>
    public int? QueryInt(string name) => int.TryParse(Query(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>A query parameter, or null.</summary>
    public string? Query(string name) => query.TryGetValue(name, out var value) ? value : null;

    /// <summary>A yyyyMMdd date from the query; <paramref name="fallback"/> when absent; 400 when malformed.</summary>
    public DateTime QueryDate(string name, DateTime fallback)
    {
        var text = Query(name);
        if (text is null)
        {
            return fallback;
        }

        return DateTime.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw ApiProblem.BadRequest($"{name} must be a date written yyyyMMdd, not '{Shorten(text)}'.");
    }

    /// <summary>The JSON body; 400 when it is missing or does not read as <typeparamref name="T"/>.</summary>
    public T Body<T>(JsonTypeInfo<T> type)
    {
        if (body is null || body.Length == 0)
        {
            throw ApiProblem.BadRequest("The request has no body.");
        }

        try
        {
            return JsonSerializer.Deserialize(body, type) ?? throw ApiProblem.BadRequest("The request body is null.");
        }
        catch (JsonException error)
        {
            throw ApiProblem.BadRequest($"The request body is not valid JSON for this endpoint: {error.Message}");
        }
    }

    /// <summary>The JSON body as a document, for bodies whose shape varies; 400 when it is missing or not JSON.</summary>
    public JsonDocument BodyDocument()
    {
        if (body is null || body.Length == 0)
        {
            throw ApiProblem.BadRequest("The request has no body.");
        }

        try
        {
            return JsonDocument.Parse(body);
        }
        catch (JsonException error)
        {
            throw ApiProblem.BadRequest($"The request body is not valid JSON: {error.Message}");
        }
    }

    /// <summary>True when the certificate has <paramref name="grant"/>.</summary>
    public bool Has(Grant grant) => Grants.Contains(grant);

    /// <summary>The refusal of a certificate without <paramref name="grant"/>, as the security check words it.</summary>
    public ApiProblem MissingPermission(Grant grant) => ApiProblem.MissingPermission(Assumptions, grant);

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..37] + "...";
}
