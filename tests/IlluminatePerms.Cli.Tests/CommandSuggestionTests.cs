using System.Threading.Tasks;
using Xunit;

namespace IlluminatePerms.Cli.Tests;

/// <summary>A mistyped command names the command meant, as git and gh do; the help speaks in commands a user types.</summary>
public sealed class CommandSuggestionTests
{
    [Theory]
    [InlineData("chek", "check", "chek")]
    [InlineData("CHECK", "check", "CHECK")]
    [InlineData("chekclist", "checklist", "chekclist")]
    [InlineData("mokc", "mock", "mokc")]
    [InlineData("baes-ulr", "base-url", "baes-ulr", "https://x")]
    [InlineData("add-mising", "add-missing", "spec", "add-mising")]
    // The closest command wins over one listed before it ("meck": mock 1 edit, check 2).
    [InlineData("meck", "mock", "meck")]
    // Distances that count every letter of both words: a swap is one edit, a missing letter one each.
    [InlineData("aerve", "serve", "aerve")]
    [InlineData("aroy", "proxy", "aroy")]
    [InlineData("df", "diff", "df")]
    public async Task A_mistyped_command_is_named_with_the_command_meant(string typed, string meant, params string[] args)
    {
        var result = await CliRun.RunAsync(args);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"error: unknown command '{typed}'; did you mean '{meant}'?", result.Error.TrimEnd());
        Assert.Equal(string.Empty, result.Out);
    }

    [Theory]
    [InlineData(new[] { "deploy" }, "illuminate-perms --help")]
    [InlineData(new[] { "spec", "remove" }, "illuminate-perms spec --help")]
    // Three edits from checklist: more than two is never a slip of the keys, however long the name.
    [InlineData(new[] { "chexxxist" }, "illuminate-perms --help")]
    public async Task A_word_far_from_every_command_points_at_the_help_that_lists_them(string[] args, string help)
    {
        var result = await CliRun.RunAsync(args);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"error: unknown command '{args[^1]}'. See '{help}' for the commands.", result.Error.TrimEnd());
        Assert.Equal(string.Empty, result.Out);
    }

    [Theory]
    [InlineData(new[] { "check", "stray" }, "error: Unrecognized command or argument 'stray'. See 'illuminate-perms check --help'.")]
    [InlineData(new[] { "--bogus" }, "error: Unrecognized command or argument '--bogus'. See 'illuminate-perms --help'.")]
    public async Task A_stray_word_after_a_command_without_subcommands_or_an_unknown_option_is_not_taken_for_a_command(string[] args, string expected)
    {
        var result = await CliRun.RunAsync(args);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(expected, result.Error.TrimEnd());
    }

    [Theory]
    [InlineData("illuminate-perms check", "--help")]
    [InlineData("prints the address it listens on first", "mock", "--help")]
    public async Task Help_names_commands_a_user_types_not_project_paths(string expected, params string[] args)
    {
        var result = await CliRun.RunAsync(args);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(expected, result.Out);
        Assert.DoesNotContain("src/", result.Out);
        Assert.DoesNotContain("spec/permissions.csv", result.Out);
    }
}
