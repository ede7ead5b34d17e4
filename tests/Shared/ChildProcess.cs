using System;
using System.Diagnostics;

namespace IlluminatePerms.Tests.Shared;

/// <summary>
/// A program a test started: disposing it kills the program and its children if they still run, so a
/// test that fails before stopping it leaves nothing running.
/// </summary>
internal sealed class ChildProcess(Process process) : IDisposable
{
    public Process Process { get; } = process;

    public void Dispose()
    {
        if (!Process.HasExited)
        {
            Process.Kill(entireProcessTree: true);
        }

        Process.Dispose();
    }
}
