using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Xunit;

namespace IlluminatePerms.Cli.Tests.Docs;

/// <summary>
/// The documentation and the tool agree: every command line written in the repository's Markdown names
/// a command and options the tool has; docs/cli.md has a section per command naming each of its options;
/// the README links each command to that section; the exit-code table is the tool's.
/// </summary>
public sealed class DocumentedCommandTests
{
    /// <summary>The README section that is about the tool, where a bare option is the tool's.</summary>
    private const string ReadmeToolSection = "commands-at-a-glance";

    [Fact]
    public async Task Every_command_line_in_the_docs_names_a_command_and_options_the_tool_has()
    {
        var commands = await ToolHelp.ReadAsync();
        var anyOption = commands.Values.SelectMany(c => c.Options).ToHashSet();
        var problems = new List<string>();
        var checkedLines = new Dictionary<string, int>();

        foreach (var file in RepositoryDocs.All())
        {
            var name = RepositoryDocs.Name(file);
            foreach (var code in file.Code)
            {
                var line = ToolCommandLine.Parse(code.Text, commands);
                IReadOnlySet<string> allowed;
                if (line.Kind == CodeKind.Command)
                {
                    if (!commands.TryGetValue(line.Command!, out var command))
                    {
                        problems.Add($"{name}:{code.Line}: '{code.Text}' runs a command the tool lacks: '{line.Command}'");
                        continue;
                    }

                    allowed = command.Options;
                    checkedLines[name] = checkedLines.GetValueOrDefault(name) + 1;
                }
                else if (line.Kind == CodeKind.Options && IsAboutTheTool(name, code.Section))
                {
                    // In a command's section of the manual, its options; elsewhere in text about the tool, any command's.
                    allowed = ManualSectionCommand(name, code.Section, commands)?.Options ?? anyOption;
                }
                else
                {
                    continue;
                }

                problems.AddRange(line.Options.Where(o => !allowed.Contains(o)).Select(o => $"{name}:{code.Line}: '{code.Text}' names {o}, which {(line.Command ?? code.Section?.Text ?? "the tool")} does not take"));
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
        // The scan read the tool's command lines where they are: not a pass for having found none.
        Assert.True(checkedLines.GetValueOrDefault("docs/cli.md") >= 10, $"command lines read in docs/cli.md: {checkedLines.GetValueOrDefault("docs/cli.md")}");
        Assert.True(checkedLines.GetValueOrDefault("README.md") >= 2, $"command lines read in README.md: {checkedLines.GetValueOrDefault("README.md")}");
    }

    [Fact]
    public async Task Docs_cli_md_has_a_section_for_every_command_naming_each_of_its_options()
    {
        var commands = await ToolHelp.ReadAsync();
        var manual = RepositoryDocs.Read("docs/cli.md");
        var root = commands[string.Empty];
        var problems = new List<string>();

        foreach (var command in ToolHelp.Leaves(commands))
        {
            var heading = manual.Headings.FirstOrDefault(h => h.Level == 2 && h.Text.StartsWith($"`{command.Path}`", StringComparison.Ordinal));
            if (heading is null)
            {
                problems.Add($"no section '## `{command.Path}`'");
                continue;
            }

            var text = manual.SectionText(heading);
            // Options every command takes (--help, --quiet) are documented once, for all.
            problems.AddRange(command.Options.Where(o => !root.Options.Contains(o) && !Mentions(text, o)).Select(o => $"'{command.Path}' section does not mention {o}"));
        }

        var whole = string.Join('\n', manual.Lines);
        problems.AddRange(root.Options.Where(o => !Mentions(whole, o)).Select(o => $"docs/cli.md does not mention {o}"));
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public async Task The_readme_links_every_command_to_its_section_of_the_manual()
    {
        var commands = await ToolHelp.ReadAsync();
        var readme = string.Join('\n', RepositoryDocs.Read("README.md").Lines);

        var unlinked = ToolHelp.Leaves(commands).Select(c => c.Path).Where(path => !readme.Contains($"[`{path}`](docs/cli.md#{MarkdownFile.Anchor($"`{path}`")})", StringComparison.Ordinal));

        Assert.Empty(unlinked);
    }

    [Fact]
    public void The_exit_code_table_lists_the_tool_s_exit_codes()
    {
        var manual = RepositoryDocs.Read("docs/cli.md");
        var heading = manual.Headings.Single(h => h.Anchor == "exit-codes");
        var documented = Regex.Matches(manual.SectionText(heading), @"^\| (\d+) \|", RegexOptions.Multiline).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        var tool = typeof(ExitCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => (int)f.GetRawConstantValue()!);

        Assert.Equal(tool.Order(), documented.Order());
    }

    /// <summary>Text about the tool, where a bare option must be one of its options: the manual, and the README's commands at a glance.</summary>
    private static bool IsAboutTheTool(string file, MarkdownHeading? section)
        => file == "docs/cli.md" || (file == "README.md" && section?.Anchor == ReadmeToolSection);

    /// <summary>The command a section of the manual is about ("## `check`"), or null for a section about several.</summary>
    private static ToolCommand? ManualSectionCommand(string file, MarkdownHeading? section, IReadOnlyDictionary<string, ToolCommand> commands)
    {
        var title = section is null || file != "docs/cli.md" ? null : Regex.Match(section.Text, "^`(?<path>[^`]+)`");
        return title is { Success: true } && commands.TryGetValue(title.Groups["path"].Value, out var command) ? command : null;
    }

    /// <summary>Whether <paramref name="text"/> names <paramref name="option"/> as itself (not --output inside --output-dir).</summary>
    private static bool Mentions(string text, string option) => ToolHelp.OptionToken().Matches(text).Any(m => m.Value == option);
}
