using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using IlluminatePerms.Checking;
using Xunit;

namespace IlluminatePerms.Client.Tests.Checking;

public class ProbeSlotsTests
{
    [Fact]
    public async Task A_freed_slot_goes_to_discovery_then_to_waited_probes_then_to_the_rest()
    {
        var slots = new ProbeSlots(1);
        await slots.WaitAsync(SlotPriority.Independent, CancellationToken.None);
        var order = new List<string>();
        var independent = Enter(slots, SlotPriority.Independent, "independent", order);
        var waited = Enter(slots, SlotPriority.Waited, "waited", order);
        var discovery = Enter(slots, SlotPriority.Discovery, "discovery", order);

        slots.Release();
        await discovery;
        slots.Release();
        await waited;
        slots.Release();
        await independent;

        Assert.Equal(new[] { "discovery", "waited", "independent" }, order);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public async Task Fewer_than_one_slot_is_one(int count)
    {
        var slots = new ProbeSlots(count);

        await slots.WaitAsync(SlotPriority.Independent, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
        var second = slots.WaitAsync(SlotPriority.Independent, CancellationToken.None);

        Assert.False(second.IsCompleted);
        slots.Release();
        await second.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_cancelled_waiter_does_not_take_the_slot()
    {
        var slots = new ProbeSlots(1);
        await slots.WaitAsync(SlotPriority.Independent, CancellationToken.None);
        using var cancel = new CancellationTokenSource();
        var cancelled = slots.WaitAsync(SlotPriority.Discovery, cancel.Token);
        var next = slots.WaitAsync(SlotPriority.Independent, CancellationToken.None);

        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<System.OperationCanceledException>(() => cancelled);
        slots.Release();

        await next.WaitAsync(System.TimeSpan.FromSeconds(10));
    }

    private static async Task Enter(ProbeSlots slots, SlotPriority priority, string name, List<string> order)
    {
        await slots.WaitAsync(priority, CancellationToken.None);
        lock (order)
        {
            order.Add(name);
        }
    }
}
