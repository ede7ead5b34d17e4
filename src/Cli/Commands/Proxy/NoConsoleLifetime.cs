using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;

namespace IlluminatePerms.Cli.Commands.Proxy;

/// <summary>
/// A host lifetime that leaves Ctrl+C alone: the command's own cancellation stops the proxy (and prints
/// the summary); the default console lifetime would take the signal for itself.
/// </summary>
internal sealed class NoConsoleLifetime : IHostLifetime
{
    /// <inheritdoc />
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
