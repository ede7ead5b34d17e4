using System;
using System.Collections.Generic;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using IlluminatePerms.AspNetCore.Network;
using IlluminatePerms.Checking;
using IlluminatePerms.Checking.Report;
using IlluminatePerms.Cli.Reports;
using IlluminatePerms.Spec;
using Microsoft.Extensions.Options;

namespace IlluminatePerms.AspNetCore.Checking;

/// <summary>
/// Runs one check for the page or the API: the input read, the host's addresses judged before
/// anything is sent (and again at each connection, by <see cref="GuardedConnector"/>), then the
/// checker over the page's HTTP pipeline, which never follows a redirect.
/// </summary>
internal sealed class PageCheck(GrantChecker checker, GuardedConnector connector, IOptions<AeriesCheckOptions> options)
{
    /// <summary>Checks what the admin gave against <paramref name="spec"/>; never throws for what the district answers.</summary>
    public async Task<PageCheckOutcome> RunAsync(string? baseUrl, string? certificate, PermissionSpec spec, string specName, IProgress<GrantCheckProgress>? progress, CancellationToken cancellationToken)
    {
        if (!CheckInput.TryRead(baseUrl, certificate, out var input, out var error))
        {
            return PageCheckOutcome.Refused(error);
        }

        try
        {
            // A first look, so a refused host is named at once instead of after the checker's retries.
            await connector.AllowedAddressesAsync(input.BaseUrl.Host, cancellationToken).ConfigureAwait(false);
        }
        catch (RefusedAddressException refused)
        {
            return PageCheckOutcome.Refused(refused.Message);
        }
        catch (SocketException)
        {
            // An unknown host: the check runs and its report says the district could not be reached.
        }

        var watch = RefusalObserver.Watch();
        var report = await checker.CheckAsync(
            new GrantCheckRequest
            {
                BaseUrl = input.BaseUrl,
                Certificate = input.Certificate,
                Spec = spec.Grants,
                Features = ProductFeature.From(spec),
                Deadline = options.Value.CheckDeadline,
                Identifiers = new Dictionary<string, string>(),
            },
            progress,
            cancellationToken).ConfigureAwait(false);
        // The host answered a public address first and a refused one at connection (DNS rebinding).
        return watch.Refusal is { } refusal ? PageCheckOutcome.Refused(refusal.Message) : PageCheckOutcome.Ran(new CheckedReport(report, specName, null));
    }
}
