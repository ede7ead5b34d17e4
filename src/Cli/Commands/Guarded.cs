using System;
using System.Threading.Tasks;
using IlluminatePerms.Cli.Checking;

namespace IlluminatePerms.Cli.Commands;

/// <summary>Runs a command's body so that every failure ends as one "error: …" line and exit code 1; --verbose adds the details.</summary>
internal static class Guarded
{
    /// <summary>Runs <paramref name="body"/>; a <see cref="CliException"/> or an unexpected exception becomes an error line.</summary>
    public static async Task<int> RunAsync(CliEnvironment environment, bool verbose, Func<Task<int>> body)
    {
        try
        {
            return await body().ConfigureAwait(false);
        }
        catch (CliException exception)
        {
            await environment.Error.WriteLineAsync($"error: {exception.Message}").ConfigureAwait(false);
            if (verbose && exception.InnerException is not null)
            {
                await environment.Error.WriteLineAsync(exception.InnerException.ToString()).ConfigureAwait(false);
            }

            return ExitCodes.Error;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A fault of the tool, reported (not hidden): one line by default, the whole trace with --verbose.
            // Its message may quote anything, server text included: certificate-shaped runs are not shown.
            await environment.Error.WriteLineAsync(CertificateShape.Redact($"error: {exception.GetType().Name}: {exception.Message} (this is a fault of illuminate-perms; run with --verbose for details and report it).")).ConfigureAwait(false);
            if (verbose)
            {
                await environment.Error.WriteLineAsync(CertificateShape.Redact(exception.ToString())).ConfigureAwait(false);
            }

            return ExitCodes.Error;
        }
    }
}
