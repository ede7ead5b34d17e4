using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace IlluminatePerms.MockAeries.Journal;

/// <summary>The latest requests since start or reset (up to a capacity), in the order they were numbered.</summary>
public sealed class RequestJournal
{
    private readonly ConcurrentQueue<JournalEntry> entries = new();
    private readonly int capacity;

    // Counted apart: ConcurrentQueue.Count takes a snapshot, too dear on every request under load.
    private int count;

    internal RequestJournal(int capacity) => this.capacity = capacity;

    /// <summary>The entries, by sequence number.</summary>
    public IReadOnlyList<JournalEntry> Entries => entries.OrderBy(e => e.Sequence).ToList();

    internal void Add(JournalEntry entry)
    {
        entries.Enqueue(entry);

        // A load test sends millions of requests: keep the newest, drop the oldest.
        if (Interlocked.Increment(ref count) > capacity && entries.TryDequeue(out _))
        {
            Interlocked.Decrement(ref count);
        }
    }

    internal void Clear()
    {
        entries.Clear();
        Interlocked.Exchange(ref count, 0);
    }
}
