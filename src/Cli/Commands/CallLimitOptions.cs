using System;
using System.Collections.Generic;
using System.CommandLine;
using IlluminatePerms.Cli.Checking;

namespace IlluminatePerms.Cli.Commands;

/// <summary>
/// --timeout, --concurrency and --retries: how a district is called, the same for <c>check</c> and
/// <c>inventory</c> (each district of an inventory gets these limits of its own).
/// </summary>
internal sealed class CallLimitOptions
{
    private readonly Option<double> timeout = new("--timeout") { Description = "Seconds one request may take.", DefaultValueFactory = _ => 30 };
    private readonly Option<int> concurrency = new("--concurrency") { Description = "Requests in flight at once.", DefaultValueFactory = _ => 8 };
    private readonly Option<int> retries = new("--retries") { Description = "Retries of a read that failed for a passing reason (5xx, 429, dropped connection).", DefaultValueFactory = _ => 3 };

    /// <summary>Creates the options with their bounds.</summary>
    public CallLimitOptions()
    {
        timeout.Validators.Add(r => { if (r.GetValueOrDefault<double>() is <= 0 or > 600) { r.AddError("--timeout must be more than 0 and at most 600 seconds."); } });
        concurrency.Validators.Add(r => { if (r.GetValueOrDefault<int>() is < 1 or > 64) { r.AddError("--concurrency must be between 1 and 64."); } });
        retries.Validators.Add(r => { if (r.GetValueOrDefault<int>() is < 0 or > 10) { r.AddError("--retries must be between 0 and 10."); } });
    }

    /// <summary>The options, to add to the command.</summary>
    public IEnumerable<Option> All => [timeout, concurrency, retries];

    /// <summary>The limits given (or the defaults).</summary>
    public CallLimits Read(ParseResult parsed)
        => new(TimeSpan.FromSeconds(parsed.GetValue(timeout)), parsed.GetValue(retries), parsed.GetValue(concurrency));
}
