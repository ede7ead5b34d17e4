using System;
using System.IO;
using Microsoft.AspNetCore.Http;

namespace IlluminatePerms.AspNetCore.Endpoints;

/// <summary>The page's script and style, embedded in the package (the page's policy runs no inline script).</summary>
internal static class AssetEndpoint
{
    private static readonly byte[] Script = Read("check.js");
    private static readonly byte[] Style = Read("check.css");

    /// <summary>check.js.</summary>
    public static IResult ScriptFile(HttpContext http) => Answer(http, Script, "text/javascript; charset=utf-8");

    /// <summary>check.css.</summary>
    public static IResult StyleFile(HttpContext http) => Answer(http, Style, "text/css; charset=utf-8");

    private static IResult Answer(HttpContext http, byte[] bytes, string type)
    {
        // The same bytes for every visitor: a browser may keep them, and asks again when they change.
        http.Response.Headers.CacheControl = "no-cache";
        return Results.Bytes(bytes, type);
    }

    private static byte[] Read(string name)
    {
        using var stream = typeof(AssetEndpoint).Assembly.GetManifestResourceStream($"IlluminatePerms.AspNetCore.Assets.{name}")
            ?? throw new InvalidOperationException($"The package lacks its asset {name}.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
