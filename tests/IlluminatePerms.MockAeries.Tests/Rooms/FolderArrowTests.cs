using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace IlluminatePerms.MockAeries.Tests.Rooms;

/// <summary>
/// The mock's folders (one namespace each) form layers: the primitives (data, JSON answers,
/// problems, paging, route templates) at the bottom, the per-request decisions (security, faults,
/// journal) and the endpoints above them, the request pipeline on top, and the package's front
/// door (the root namespace) composing them. Arrows point down only.
/// </summary>
public sealed class FolderArrowTests
{
    private const string Root = "IlluminatePerms.MockAeries";

    // Lowest first; each room may use only rooms listed before it, which keeps the layering free of cycles.
    private static readonly (string Room, string[] MayUse)[] Layers =
    [
        ("Data", []),
        ("Http", ["Data"]),
        ("Routing", ["Http"]),
        ("Faults", ["Data"]),
        ("Journal", ["Faults"]),
        ("Security", ["Data", "Http"]),
        ("Endpoints", ["Data", "Http", "Security"]),
        ("Stubs", []),
        ("Replay", []),
        ("Admin", ["Faults", "Journal"]),
        ("Pipeline", ["Data", "Http", "Routing", "Faults", "Journal", "Security", "Endpoints", "Stubs", "Admin", "Replay"]),
    ];

    // The rooms read these settings of the front door; nothing else of it (never the server itself).
    private static readonly string[] SharedSettings = ["MockAssumptions"];

    private static readonly IReadOnlyDictionary<(string From, string To), SortedSet<string>> Edges =
        NamespaceReferences.Of(typeof(MockAeriesServer).Assembly, Root);

    [Fact]
    public void Each_room_uses_only_the_rooms_beneath_it()
    {
        var allowed = Layers.ToDictionary(layer => layer.Room, layer => layer.MayUse.ToHashSet());
        var wrong = Edges
            .Where(edge => allowed.TryGetValue(Room(edge.Key.From), out var mayUse) && Room(edge.Key.To) is { Length: > 0 } to && !mayUse.Contains(to))
            .Select(edge => $"{Room(edge.Key.From)} uses {Room(edge.Key.To)}: {string.Join(", ", edge.Value)}")
            .ToList();

        Assert.True(wrong.Count == 0, "Arrows that point up or sideways:\n" + string.Join("\n", wrong));
    }

    [Fact]
    public void The_primitives_never_use_the_pipeline_and_data_uses_no_other_room()
    {
        string[] primitives = ["Data", "Http", "Routing"];
        var upward = Edges.Keys
            .Where(edge => primitives.Contains(Room(edge.From)) && (Room(edge.To) == "Pipeline" || (Room(edge.From) == "Data" && Room(edge.To).Length > 0)))
            .Select(edge => $"{Room(edge.From)} -> {Room(edge.To)}")
            .ToList();

        Assert.Empty(upward);
    }

    [Fact]
    public void The_rooms_read_only_the_shared_settings_of_the_front_door()
    {
        var rooms = Layers.Select(layer => layer.Room).ToHashSet();
        var used = Edges
            .Where(edge => rooms.Contains(Room(edge.Key.From)) && edge.Key.To == Root)
            .SelectMany(edge => edge.Value)
            .Select(arrow => arrow[(arrow.IndexOf("-> ", StringComparison.Ordinal) + 3)..])
            .Where(type => !SharedSettings.Contains(type))
            .ToList();

        Assert.Empty(used);
    }

    [Fact]
    public void Every_folder_has_a_place_in_the_layers_and_the_layers_point_down()
    {
        var seen = Edges.Keys.SelectMany(edge => new[] { edge.From, edge.To }).Where(name => name != Root).Select(Room).ToHashSet();
        seen.ExceptWith(Layers.Select(layer => layer.Room).Append("Testing"));
        Assert.Empty(seen);

        for (var i = 0; i < Layers.Length; i++)
        {
            var beneath = Layers.Take(i).Select(layer => layer.Room).ToHashSet();
            Assert.All(Layers[i].MayUse, room => Assert.Contains(room, beneath));
        }
    }

    [Fact]
    public void The_reading_sees_arrows_made_in_method_bodies()
    {
        // The pipeline reaches the endpoints only inside a lambda: the scan must still see it.
        Assert.Contains("RequestPipeline -> IdentifierLookup", Edges[($"{Root}.Pipeline", $"{Root}.Endpoints")]);
        Assert.Contains("ApiContext -> MockAssumptions", Edges[($"{Root}.Http", Root)]);
    }

    // "" for the root namespace, else the folder's name.
    private static string Room(string name) => name == Root ? string.Empty : name[(Root.Length + 1)..];
}
