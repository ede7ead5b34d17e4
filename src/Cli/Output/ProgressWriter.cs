using System.IO;
using System.Text;
using System.Threading.Tasks;

namespace IlluminatePerms.Cli.Output;

/// <summary>
/// Standard error for progress lines: it writes nothing while the environment is quiet. Quiet is read
/// at each write, not when the command is made, because --quiet is known only once the arguments are parsed.
/// </summary>
internal sealed class ProgressWriter(CliEnvironment environment) : TextWriter
{
    /// <inheritdoc/>
    public override Encoding Encoding => environment.Error.Encoding;

    /// <inheritdoc/>
    public override void Write(char value)
    {
        if (!environment.Quiet)
        {
            environment.Error.Write(value);
        }
    }

    /// <inheritdoc/>
    public override void Write(string? value)
    {
        if (!environment.Quiet)
        {
            environment.Error.Write(value);
        }
    }

    /// <inheritdoc/>
    public override void WriteLine(string? value)
    {
        if (!environment.Quiet)
        {
            environment.Error.WriteLine(value);
        }
    }

    /// <inheritdoc/>
    public override Task WriteLineAsync(string? value)
        => environment.Quiet ? Task.CompletedTask : environment.Error.WriteLineAsync(value);
}
