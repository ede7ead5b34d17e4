using System;
using System.Threading;
using System.Threading.Tasks;

namespace IlluminatePerms.Tests.Shared.Threading;

/// <summary>
/// A caller's synchronization context (a UI thread's, or classic ASP.NET's) that counts the
/// continuations sent back to it. A library that resumes there deadlocks a caller that blocks on
/// the task; this one runs what it is given on the thread pool so a test ends either way.
/// </summary>
internal sealed class CallerContext : SynchronizationContext
{
    private int returns;

    /// <summary>Continuations that came back to the caller's context.</summary>
    public int Returns => Volatile.Read(ref returns);

    /// <summary>Starts <paramref name="call"/> with this context current, then awaits it outside the context.</summary>
    public static async Task<int> ReturnsDuring(Func<Task> call)
    {
        var context = new CallerContext();
        var previous = Current;
        Task running;
        SetSynchronizationContext(context);
        try
        {
            running = call();
        }
        finally
        {
            SetSynchronizationContext(previous);
        }

        await running;
        return context.Returns;
    }

    public override void Post(SendOrPostCallback d, object? state)
    {
        Interlocked.Increment(ref returns);
        ThreadPool.QueueUserWorkItem(_ => d(state));
    }

    public override void Send(SendOrPostCallback d, object? state)
    {
        Interlocked.Increment(ref returns);
        d(state);
    }

    public override SynchronizationContext CreateCopy() => this;
}
