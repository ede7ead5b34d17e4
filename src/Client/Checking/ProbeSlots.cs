using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace IlluminatePerms.Checking;

/// <summary>
/// At most N requests at once, by priority: first the reads that discover identifiers (on the
/// longest chain: school → teacher → gradebook → assignment → scores), then probes that already
/// waited for an identifier, then probes that could run any time. So the chain is never stuck
/// behind probes that have nothing waiting on them.
/// </summary>
internal sealed class ProbeSlots
{
    private readonly object gate = new();
    private readonly Queue<TaskCompletionSource>[] queues = { new(), new(), new() };
    private int free;

    public ProbeSlots(int count) => free = Math.Max(1, count);

    public async Task WaitAsync(SlotPriority priority, CancellationToken cancellationToken)
    {
        TaskCompletionSource waiter;
        lock (gate)
        {
            if (free > 0)
            {
                free--;
                return;
            }

            waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            queues[(int)priority].Enqueue(waiter);
        }

        using (cancellationToken.Register(() => Abandon(waiter, cancellationToken)))
        {
            await waiter.Task.ConfigureAwait(false);
        }
    }

    public void Release()
    {
        lock (gate)
        {
            // Hand the slot to the next waiter still waiting; a cancelled one has completed already.
            foreach (var queue in queues)
            {
                while (queue.Count > 0)
                {
                    if (queue.Dequeue().TrySetResult())
                    {
                        return;
                    }
                }
            }

            free++;
        }
    }

    private static void Abandon(TaskCompletionSource waiter, CancellationToken cancellationToken) => waiter.TrySetCanceled(cancellationToken);
}

/// <summary>Who goes first for a free slot.</summary>
internal enum SlotPriority
{
    /// <summary>A read that discovers identifiers other probes wait for.</summary>
    Discovery,

    /// <summary>A probe that waited for an identifier.</summary>
    Waited,

    /// <summary>A probe that could run any time.</summary>
    Independent,
}
