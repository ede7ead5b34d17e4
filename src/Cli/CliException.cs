using System;

namespace IlluminatePerms.Cli;

/// <summary>
/// A failure the user can act on: its message is one line (or a short list) saying what is wrong
/// and what to do, printed as "error: …" without a stack trace; exit code <see cref="ExitCodes.Error"/>.
/// </summary>
internal sealed class CliException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CliException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
