using System.Net;
using System.Text;

namespace IlluminatePerms.AspNetCore.Rendering;

/// <summary>
/// The page: a form with two labelled fields (the certificate in a password field), an anti-forgery
/// token, a progress bar the script fills as probes finish, and the place the result goes. It works
/// without script too: the form then posts and the answer is this page with the result in it.
/// </summary>
internal static class PageHtml
{
    /// <summary>The page's HTML. <paramref name="basePath"/> is where the page is mapped (no trailing '/'); <paramref name="result"/> is a rendered result, or null.</summary>
    public static string Render(string basePath, string tokenField, string token, string? result)
    {
        var b = WebUtility.HtmlEncode(basePath);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>Check your Aeries API certificate</title>")
            .Append("<link rel=\"stylesheet\" href=\"").Append(b).Append("/assets/check.css\">")
            .Append("<script src=\"").Append(b).Append("/assets/check.js\" defer></script></head><body><main>\n");
        html.Append("<h1>Check your Aeries API certificate</h1>\n")
            .Append("<p>Paste your Aeries address and the certificate you made for us. This page asks your Aeries what the certificate may read and change, and tells you which boxes to tick on the API Security screen. The certificate goes to your Aeries only; it is not stored.</p>\n");
        html.Append("<form id=\"check-form\" method=\"post\" action=\"").Append(b).Append("/check\">")
            .Append("<input type=\"hidden\" name=\"").Append(WebUtility.HtmlEncode(tokenField)).Append("\" value=\"").Append(WebUtility.HtmlEncode(token)).Append("\">")
            .Append("<div class=\"field\"><label for=\"baseUrl\">Aeries address</label>")
            .Append("<p class=\"hint\" id=\"baseUrl-hint\">The address of your Aeries sign-in page, as you see it in the browser (such as https://demo.aeries.net/aeries/Login.aspx).</p>")
            .Append("<input id=\"baseUrl\" name=\"baseUrl\" type=\"text\" inputmode=\"url\" autocomplete=\"url\" spellcheck=\"false\" required maxlength=\"2048\" aria-describedby=\"baseUrl-hint\"></div>")
            .Append("<div class=\"field\"><label for=\"certificate\">API certificate</label>")
            .Append("<p class=\"hint\" id=\"certificate-hint\">In Aeries: Security → API Security → Display Certificate Details. Copy it whole.</p>")
            .Append("<input id=\"certificate\" name=\"certificate\" type=\"password\" autocomplete=\"off\" spellcheck=\"false\" required maxlength=\"512\" aria-describedby=\"certificate-hint\"></div>")
            .Append("<button type=\"submit\">Check the certificate</button></form>\n");
        html.Append("<div id=\"progress-area\" hidden><label for=\"progress\">Checking</label> <progress id=\"progress\" max=\"1\" value=\"0\"></progress>")
            .Append("<p id=\"progress-text\" role=\"status\" aria-live=\"polite\"></p></div>\n");
        html.Append("<div id=\"result-area\">").Append(result).Append("</div>\n</main></body></html>\n");
        return html.ToString();
    }
}
