using System;
using System.IO;
using System.Threading.Tasks;
using IlluminatePerms.Cli.Commands;
using Xunit;

namespace IlluminatePerms.Cli.Tests;

/// <summary>
/// How every command ends on a failure: one "error: …" line and exit code 1, the cause or the whole
/// trace only with --verbose, a certificate never; a cancellation is not a failure to report.
/// </summary>
public sealed class GuardedTests : IDisposable
{
    private const string Certificate = "0123456789abcdef0123456789abcdef";

    private readonly StringWriter output = new();
    private readonly StringWriter error = new();
    private readonly TempDirectory folder = new();

    [Fact]
    public async Task A_body_that_finishes_gives_its_own_exit_code_and_prints_nothing()
    {
        var code = await Guarded.RunAsync(Environment(), verbose: true, () => Task.FromResult(3));

        Assert.Equal(3, code);
        Assert.Equal(string.Empty, error.ToString());
    }

    [Theory]
    [InlineData(false, "error: cannot read spec.csv: the disk is gone.\n")]
    [InlineData(true, "error: cannot read spec.csv: the disk is gone.\nSystem.IO.IOException: the disk is gone\n")]
    public async Task A_tool_error_is_one_line_and_its_cause_only_with_verbose(bool verbose, string expected)
    {
        var code = await Guarded.RunAsync(Environment(), verbose, () => throw new CliException("cannot read spec.csv: the disk is gone.", new IOException("the disk is gone")));

        Assert.Equal(1, code);
        Assert.Equal(expected, error.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task A_tool_error_without_a_cause_is_one_line_even_with_verbose()
    {
        var code = await Guarded.RunAsync(Environment(), verbose: true, () => throw new CliException("--port 70000: not a port."));

        Assert.Equal(1, code);
        Assert.Equal("error: --port 70000: not a port.\n", error.ToString().ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_fault_of_the_tool_says_so_and_shows_its_trace_only_with_verbose_without_the_certificate(bool verbose)
    {
        var code = await Guarded.RunAsync(Environment(), verbose, () => throw new InvalidOperationException($"the server said: {Certificate} is wrong"));

        var lines = error.ToString().ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.Equal(1, code);
        Assert.Equal("error: InvalidOperationException: the server said: (certificate-shaped text, not shown) is wrong (this is a fault of illuminate-perms; run with --verbose for details and report it).", lines[0]);
        if (verbose)
        {
            Assert.Equal("System.InvalidOperationException: the server said: (certificate-shaped text, not shown) is wrong", lines[1]);
            Assert.Contains(lines, line => line.TrimStart().StartsWith("at ", StringComparison.Ordinal));
        }
        else
        {
            Assert.Single(lines);
        }

        Assert.DoesNotContain(Certificate, error.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_cancellation_is_passed_up_not_reported_as_a_fault()
    {
        await Assert.ThrowsAsync<OperationCanceledException>(() => Guarded.RunAsync(Environment(), verbose: true, () => throw new OperationCanceledException()));

        Assert.Equal(string.Empty, error.ToString());
    }

    public void Dispose()
    {
        output.Dispose();
        error.Dispose();
        folder.Dispose();
    }

    private CliEnvironment Environment() => new(output, error, _ => null, IsInteractive: false, folder.Path);
}
