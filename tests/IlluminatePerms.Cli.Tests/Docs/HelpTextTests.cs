using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace IlluminatePerms.Cli.Tests.Docs;

/// <summary>Each command's --help says what the command, and each of its arguments, options and subcommands, is for.</summary>
public sealed class HelpTextTests
{
    [Fact]
    public async Task Every_command_argument_option_and_subcommand_is_described_in_its_help()
    {
        var commands = await ToolHelp.ReadAsync();

        var problems = commands.Values
            .SelectMany(c => c.Undescribed.Select(entry => $"'{c.Path}': {entry} has no description")
                .Concat(c.Described ? [] : [$"'{c.Path}' has no description"]))
            .ToList();

        Assert.True(problems.Count == 0, string.Join('\n', problems));
        // The scan read every command: the tool has more than a dozen.
        Assert.True(commands.Count > 12, $"commands read: {commands.Count}");
    }
}
