using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using WireMock;

namespace IlluminatePerms.MockAeries.Stubs;

/// <summary>
/// The stubs posted to WireMock's admin API (<c>POST /__admin/mappings</c>). WireMock keeps them,
/// matches them and answers them, all with its own code; this offers each request to WireMock
/// first, so that a stub wins over the built-in routes, and takes the request back when no stub matched.
/// </summary>
internal sealed class PostedStubs
{
    // What WireMock answers (404) when no mapping matches.
    private static readonly byte[] NoMatch = Encoding.UTF8.GetBytes("No matching mapping found");

    private Func<IEnumerable<IMapping>> mappings = Array.Empty<IMapping>;

    /// <summary>Reads the stubs from the running server's mappings from now on.</summary>
    public void ReadFrom(Func<IEnumerable<IMapping>> source) => mappings = source;

    /// <summary>Whether any stub has been posted (the admin interface's own routes are mappings too, and do not count).</summary>
    public bool Any() => mappings().Any(mapping => !mapping.IsAdminInterface);

    /// <summary>
    /// Lets WireMock answer the request (<paramref name="wireMock"/>) into a buffer: true, and the
    /// answer sent, when a stub matched; false, and nothing sent, when none did.
    /// </summary>
    public async Task<bool> TryAnswerAsync(HttpContext context, Func<Task> wireMock)
    {
        var response = context.Response;
        var sent = response.Body;
        using var buffer = new MemoryStream();
        response.Body = buffer;
        try
        {
            await wireMock().ConfigureAwait(false);
        }
        finally
        {
            response.Body = sent;
        }

        if (response.StatusCode == StatusCodes.Status404NotFound && buffer.ToArray().AsSpan().IndexOf(NoMatch) >= 0)
        {
            response.Clear();
            return false;
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(sent, context.RequestAborted).ConfigureAwait(false);
        return true;
    }
}
