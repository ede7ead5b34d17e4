using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace IlluminatePerms.Cli.Tests.Docs;

/// <summary>A heading of a Markdown file: its level, its text and the anchor GitHub gives it.</summary>
internal sealed record MarkdownHeading(int Level, string Text, string Anchor, int Line);

/// <summary>A piece of code: a line of a fenced block or an inline code span, under the level-2 heading it sits in (null above the first).</summary>
internal sealed record MarkdownCode(string Text, int Line, MarkdownHeading? Section);

/// <summary>A link outside code: its target as written (a path, an anchor, or an address).</summary>
internal sealed record MarkdownLink(string Target, int Line);

/// <summary>
/// What the documentation tests read of a Markdown file: headings with their anchors, code (fenced lines
/// and inline spans, the places commands and options are written) and links (code excluded, as a renderer does).
/// </summary>
internal sealed partial class MarkdownFile
{
    private MarkdownFile(string path, IReadOnlyList<string> lines, IReadOnlyList<MarkdownHeading> headings, IReadOnlyList<MarkdownCode> code, IReadOnlyList<MarkdownLink> links)
    {
        Path = path;
        Lines = lines;
        Headings = headings;
        Code = code;
        Links = links;
    }

    /// <summary>The file's full path.</summary>
    public string Path { get; }

    /// <summary>The file's lines.</summary>
    public IReadOnlyList<string> Lines { get; }

    /// <summary>Every heading outside code, in order.</summary>
    public IReadOnlyList<MarkdownHeading> Headings { get; }

    /// <summary>Every fenced code line and inline code span, in order.</summary>
    public IReadOnlyList<MarkdownCode> Code { get; }

    /// <summary>Every link outside code, in order.</summary>
    public IReadOnlyList<MarkdownLink> Links { get; }

    /// <summary>Reads and parses the file at <paramref name="path"/>.</summary>
    public static MarkdownFile Read(string path)
    {
        var lines = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var headings = new List<MarkdownHeading>();
        var code = new List<MarkdownCode>();
        var links = new List<MarkdownLink>();
        var anchors = new Dictionary<string, int>(StringComparer.Ordinal);
        MarkdownHeading? section = null;
        var fenced = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var number = i + 1;
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                fenced = !fenced;
                continue;
            }

            if (fenced)
            {
                code.Add(new MarkdownCode(line.Trim(), number, section));
                continue;
            }

            var spans = CodeSpan().Matches(line);
            code.AddRange(spans.Select(s => new MarkdownCode(s.Groups["code"].Value.Trim(), number, section)));
            var prose = CodeSpan().Replace(line, string.Empty);
            links.AddRange(Link().Matches(prose).Select(m => new MarkdownLink(m.Groups["target"].Value, number)));

            var heading = Heading().Match(line);
            if (heading.Success)
            {
                var text = heading.Groups["text"].Value.Trim();
                var made = new MarkdownHeading(heading.Groups["level"].Length, text, UniqueAnchor(text, anchors), number);
                headings.Add(made);
                if (made.Level <= 2)
                {
                    section = made.Level == 2 ? made : null;
                }
            }
        }

        return new MarkdownFile(path, lines, headings, code, links);
    }

    /// <summary>The lines from <paramref name="heading"/> up to the next heading of its level or above, joined.</summary>
    public string SectionText(MarkdownHeading heading)
    {
        var end = Headings.FirstOrDefault(h => h.Line > heading.Line && h.Level <= heading.Level)?.Line ?? Lines.Count + 1;
        return string.Join('\n', Lines.Skip(heading.Line - 1).Take(end - heading.Line));
    }

    /// <summary>
    /// The anchor GitHub makes of a heading: lower case, links reduced to their text, every character but
    /// letters, digits, hyphens, underscores and spaces dropped, spaces made hyphens.
    /// </summary>
    public static string Anchor(string heading)
    {
        var text = InlineLink().Replace(heading, "${text}");
        var anchor = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c is '-' or '_')
            {
                anchor.Append(c);
            }
            else if (c == ' ')
            {
                anchor.Append('-');
            }
        }

        return anchor.ToString();
    }

    /// <summary>A repeated heading's anchor gets "-1", "-2", … as GitHub numbers them.</summary>
    private static string UniqueAnchor(string heading, Dictionary<string, int> seen)
    {
        var anchor = Anchor(heading);
        if (seen.TryGetValue(anchor, out var count))
        {
            seen[anchor] = count + 1;
            return $"{anchor}-{count}";
        }

        seen[anchor] = 1;
        return anchor;
    }

    [GeneratedRegex(@"(?<ticks>`+)(?<code>.+?)\k<ticks>")]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"\]\((?<target>[^)\s]+)(?:\s+""[^""]*"")?\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"\[(?<text>[^\]]*)\]\([^)]*\)")]
    private static partial Regex InlineLink();

    [GeneratedRegex(@"^(?<level>#{1,6})\s+(?<text>.+)$")]
    private static partial Regex Heading();
}
