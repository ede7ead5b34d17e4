using IlluminatePerms.Cli.Checking;
using IlluminatePerms.Cli.Reports;

namespace IlluminatePerms.Cli.Commands.Inventory;

/// <summary>What an inventory run was asked for.</summary>
/// <param name="Inventory">The inventory file, as given.</param>
/// <param name="Format">Each district's report format.</param>
/// <param name="Output">The output directory as given; null for the default.</param>
/// <param name="Previous">An earlier run's summary.json as given, or null.</param>
/// <param name="Districts">Districts checked at once.</param>
/// <param name="Limits">How each district is called.</param>
internal sealed record InventoryRun(string Inventory, ReportFormat Format, string? Output, string? Previous, int Districts, CallLimits Limits);
