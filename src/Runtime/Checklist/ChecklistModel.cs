using System;
using System.Collections.Generic;
using System.Linq;

namespace IlluminatePerms.Checklist;

/// <summary>
/// What the district administrator's checklist says: the product, the comment to enter in Aeries
/// and the rows to tick. The source generator emits one per spec (<c>RequiredGrants.Checklist</c>).
/// </summary>
public sealed class ChecklistModel
{
    /// <summary>Creates a model.</summary>
    /// <param name="productName">The Product Name to enter in Aeries, or null when the spec has none.</param>
    /// <param name="comment">The Comment to enter in Aeries, or null.</param>
    /// <param name="rows">The rows to tick, in any order (the checklist follows the Aeries screen).</param>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is null or holds null.</exception>
    public ChecklistModel(string? productName, string? comment, IEnumerable<ChecklistRow> rows)
    {
        ProductName = string.IsNullOrWhiteSpace(productName) ? null : productName!.Trim();
        Comment = string.IsNullOrWhiteSpace(comment) ? null : comment!.Trim();
        var list = (rows ?? throw new ArgumentNullException(nameof(rows))).ToList();
        if (list.Any(row => row is null))
        {
            throw new ArgumentNullException(nameof(rows), "A checklist row is null.");
        }

        Rows = list;
    }

    /// <summary>The Product Name to enter in Aeries, or null.</summary>
    public string? ProductName { get; }

    /// <summary>The Comment to enter in Aeries, or null.</summary>
    public string? Comment { get; }

    /// <summary>The rows, in the order given.</summary>
    public IReadOnlyList<ChecklistRow> Rows { get; }
}
