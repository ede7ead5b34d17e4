using System.Collections.Generic;
using System.Net.Http;
using System.Text.RegularExpressions;
using System.Threading.Tasks;

namespace IlluminatePerms.AspNetCore.Tests.Harness;

/// <summary>The page's form as a browser without script sends it: the anti-forgery field read from the page, its cookie kept by the client.</summary>
internal static partial class PageForm
{
    /// <summary>GETs the page and returns its hidden anti-forgery field (name and value).</summary>
    public static async Task<KeyValuePair<string, string>> TokenAsync(HttpClient client, string page = "")
    {
        var html = await client.GetStringAsync(page);
        var match = HiddenField().Match(html);
        return new KeyValuePair<string, string>(match.Groups["name"].Value, System.Net.WebUtility.HtmlDecode(match.Groups["value"].Value));
    }

    /// <summary>The form's fields, with <paramref name="token"/> when given.</summary>
    public static FormUrlEncodedContent Fields(string baseUrl, string certificate, KeyValuePair<string, string>? token)
    {
        var fields = new List<KeyValuePair<string, string>> { new("baseUrl", baseUrl), new("certificate", certificate) };
        if (token is { } t)
        {
            fields.Add(t);
        }

        return new FormUrlEncodedContent(fields);
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]+)\">")]
    private static partial Regex HiddenField();
}
