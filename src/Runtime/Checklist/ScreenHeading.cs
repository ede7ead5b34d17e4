using System.Collections.Generic;
using System.Linq;
using IlluminatePerms.Grants;

namespace IlluminatePerms.Checklist;

/// <summary>
/// A heading of the Aeries API Security screen as the admin meets it going down the screen. Some
/// headings appear more than once ("Other" above Gradebook and again below School Information), so
/// a report or checklist that merged them would send the admin to the wrong block. Counted over the
/// whole catalog, not the rows at hand, so a block is named as the screen shows it.
/// </summary>
/// <param name="Group">The heading's text, e.g. "Other".</param>
/// <param name="Occurrence">1 for the first block under that heading, 2 for the second, ….</param>
internal sealed record ScreenHeading(string Group, int Occurrence)
{
    private static readonly Dictionary<string, ScreenHeading> ByArea = Build();

    /// <summary>The heading <paramref name="area"/>'s row is under.</summary>
    public static ScreenHeading Of(AeriesArea area) => ByArea[area.Name];

    /// <summary>The heading an area's row is under, by name (reports carry names); an area outside the catalog keeps its group's name.</summary>
    public static ScreenHeading Of(string area, string group)
        => ByArea.TryGetValue(area, out var heading) ? heading : new ScreenHeading(group, 1);

    /// <summary>A section title: "Other", or "Other (the second “Other” heading, lower on the screen)".</summary>
    public string Title => Occurrence == 1 ? Group : $"{Group} (the {Ordinal} “{Group}” heading, lower on the screen)";

    /// <summary>Where to look, within a sentence: "under “Gradebook”", "under the second “Other” heading (lower on the screen)".</summary>
    public string Under => Occurrence == 1 ? $"under “{Group}”" : $"under the {Ordinal} “{Group}” heading (lower on the screen)";

    /// <summary>"second", "third", …: which block of <see cref="Group"/> this is.</summary>
    public string Ordinal => Occurrence switch { 2 => "second", 3 => "third", _ => $"{Occurrence}th" };

    /// <summary>Walks the catalog in screen order, counting the blocks of each heading.</summary>
    private static Dictionary<string, ScreenHeading> Build()
    {
        var blocks = new Dictionary<string, int>();
        var headings = new Dictionary<string, ScreenHeading>();
        ScreenHeading? current = null;
        foreach (var area in AreaCatalog.All.OrderBy(a => a.Order))
        {
            if (current is null || current.Group != area.Group)
            {
                blocks[area.Group] = blocks.GetValueOrDefault(area.Group) + 1;
                current = new ScreenHeading(area.Group, blocks[area.Group]);
            }

            headings[area.Name] = current;
        }

        return headings;
    }
}
