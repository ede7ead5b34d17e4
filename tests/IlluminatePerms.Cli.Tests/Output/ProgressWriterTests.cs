using System.IO;
using System.Threading.Tasks;
using IlluminatePerms.Cli.Output;
using Xunit;

namespace IlluminatePerms.Cli.Tests.Output;

/// <summary>Progress goes to standard error by every write method, and none of it once --quiet is known.</summary>
public sealed class ProgressWriterTests
{
    [Theory]
    [InlineData(false, "a[1/2] North\n[2/2] South\n")]
    [InlineData(true, "")]
    public async Task Every_write_reaches_standard_error_unless_quiet(bool quiet, string expected)
    {
        using var error = new StringWriter { NewLine = "\n" };
        var environment = new CliEnvironment(TextWriter.Null, error, _ => null, false, Path.GetTempPath());
        using var progress = new ProgressWriter(environment);
        // Quiet is read at each write: set after the writer is made, as --quiet is parsed after the command.
        environment.Quiet = quiet;

        progress.Write('a');
        progress.Write("[1/2] ");
        progress.WriteLine("North");
        await progress.WriteLineAsync("[2/2] South");

        Assert.Equal(expected, error.ToString());
    }
}
