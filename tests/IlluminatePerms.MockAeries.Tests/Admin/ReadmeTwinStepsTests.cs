using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using IlluminatePerms.Tests.Shared;
using Xunit;

namespace IlluminatePerms.MockAeries.Tests.Admin;

/// <summary>
/// The README's curl session against the standalone mock, replayed step by step over HTTP with the
/// same methods, headers and bodies, so the README cannot drift from what the mock does.
/// </summary>
public sealed class ReadmeTwinStepsTests
{
    [Fact]
    public async Task The_readme_curl_session_gives_the_statuses_it_promises()
    {
        var block = Block(await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.Path, "README.md")));
        var steps = block.Where(line => line.StartsWith("curl ", StringComparison.Ordinal)).ToList();
        var certificate = Regex.Match(string.Join("\n", block), @"^CERT=(\S+)$", RegexOptions.Multiline).Groups[1].Value;
        Assert.True(steps.Count >= 6, string.Join("\n", block));

        await using var server = await MockAeriesServer.StartAsync(new MockAeriesOptions { Scale = 300, AdminInterface = true });
        using var http = new HttpClient();
        var log = string.Empty;
        foreach (var step in steps)
        {
            var (request, expected) = Request(step, server.BaseUrl.ToString().TrimEnd('/'), certificate);
            using var answer = await http.SendAsync(request);
            var body = await answer.Content.ReadAsStringAsync();
            Assert.True(expected == (int)answer.StatusCode, $"{step}\n→ {(int)answer.StatusCode} {body}");
            if (request.RequestUri!.AbsolutePath == "/__admin/requests" && request.Method == HttpMethod.Get)
            {
                log = body;
            }
        }

        // The log the README reads holds the stubbed 403 and the built-in 200, and never the certificate.
        Assert.Contains("(redacted; profile demo)", log);
        Assert.Contains("\"StatusCode\":403", log);
        Assert.DoesNotContain(certificate, log);
    }

    // The lines of the sh block after the twin-steps marker.
    private static List<string> Block(string readme)
    {
        var start = readme.IndexOf("<!-- twin-steps:", StringComparison.Ordinal);
        Assert.True(start >= 0, "README.md has no twin-steps block");
        var open = readme.IndexOf("```sh\n", start, StringComparison.Ordinal) + "```sh\n".Length;
        var close = readme.IndexOf("\n```", open, StringComparison.Ordinal);
        return readme[open..close].Split('\n').Select(line => line.Trim()).ToList();
    }

    // A curl line as curl would send it: -X method, -H headers, -d body (form-encoded, as curl labels it), the URL; "# 403" is the status expected.
    private static (HttpRequestMessage Request, int Expected) Request(string line, string mock, string certificate)
    {
        var comment = line.LastIndexOf("# ", StringComparison.Ordinal);
        var expected = int.Parse(line[(comment + 2)..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        var words = Words(line[..comment].Replace("$MOCK", mock, StringComparison.Ordinal).Replace("$CERT", certificate, StringComparison.Ordinal));
        var method = HttpMethod.Get;
        var headers = new List<(string Name, string Value)>();
        string? body = null;
        string? url = null;
        for (var i = 1; i < words.Count; i++)
        {
            switch (words[i])
            {
                case "-s" or "-i":
                    break;
                case "-X":
                    method = new HttpMethod(words[++i]);
                    break;
                case "-H":
                    var header = words[++i].Split(':', 2);
                    headers.Add((header[0].Trim(), header[1].Trim()));
                    break;
                case "-d":
                    body = words[++i];
                    method = method == HttpMethod.Get ? HttpMethod.Post : method;
                    break;
                default:
                    url = words[i];
                    break;
            }
        }

        var request = new HttpRequestMessage(method, url ?? throw new InvalidOperationException($"no URL in: {line}"));
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded");
        }

        foreach (var (name, value) in headers)
        {
            if (!request.Headers.TryAddWithoutValidation(name, value))
            {
                request.Content!.Headers.Remove(name);
                request.Content.Headers.TryAddWithoutValidation(name, value);
            }
        }

        return (request, expected);
    }

    // Shell words: spaces split, quotes group (single quotes literally; double quotes with \" and \\ escapes).
    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\'')
            {
                var end = text.IndexOf('\'', i + 1);
                word.Append(text, i + 1, end - i - 1);
                i = end;
                inWord = true;
            }
            else if (c == '"')
            {
                for (i++; text[i] != '"'; i++)
                {
                    word.Append(text[i] == '\\' && text[i + 1] is '"' or '\\' ? text[++i] : text[i]);
                }

                inWord = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                if (inWord)
                {
                    words.Add(word.ToString());
                    word.Clear();
                    inWord = false;
                }
            }
            else
            {
                word.Append(c);
                inWord = true;
            }
        }

        if (inWord)
        {
            words.Add(word.ToString());
        }

        return words;
    }
}
