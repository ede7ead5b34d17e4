using System;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace IlluminatePerms.Cli.Tests.Proxy;

/// <summary>
/// Standard output that a test can hold shut, as a terminal that stopped reading would: each write
/// waits for <see cref="Open"/> (at most a minute, so that a broken test fails instead of hanging).
/// </summary>
internal sealed class GatedWriter(TextWriter inner) : TextWriter
{
    private static readonly TimeSpan LongestWait = TimeSpan.FromMinutes(1);

    /// <summary>Set: writes pass; reset: they wait.</summary>
    public ManualResetEventSlim Open { get; } = new(initialState: true);

    /// <inheritdoc />
    public override Encoding Encoding => inner.Encoding;

    /// <inheritdoc />
    public override void Write(char value)
    {
        Open.Wait(LongestWait);
        inner.Write(value);
    }

    /// <inheritdoc />
    public override void Write(string? value)
    {
        Open.Wait(LongestWait);
        inner.Write(value);
    }

    /// <inheritdoc />
    public override void WriteLine(string? value)
    {
        Open.Wait(LongestWait);
        inner.WriteLine(value);
    }

    /// <inheritdoc />
    public override Task WriteLineAsync(string? value)
    {
        WriteLine(value);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override Task WriteAsync(string? value)
    {
        Write(value);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override Task FlushAsync() => inner.FlushAsync();

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Open.Dispose();
        }

        base.Dispose(disposing);
    }
}
