using System;
using System.IO;
using System.Linq;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace IlluminatePerms.Cli.Tests.Proxy;

/// <summary>What the proxy tests send on a raw connection and read back from a recording directory.</summary>
internal static class Recordings
{
    /// <summary>Sends <paramref name="head"/> as written on a connection of its own and reads the answer to its end (the head asks to close).</summary>
    internal static async Task<string> SendRawAsync(Uri proxy, string head)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(proxy.Host, proxy.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.Latin1.GetBytes(head));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return await reader.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(30));
    }

    /// <summary>The one recording in <paramref name="directory"/>, parsed.</summary>
    internal static JsonElement Only(string directory)
    {
        var file = Assert.Single(Directory.GetFiles(directory, "*.json"));
        using var document = JsonDocument.Parse(File.ReadAllText(file));
        return document.RootElement.Clone();
    }

    /// <summary>The recorded headers of a request or answer, each as [name, value].</summary>
    internal static string[][] Headers(JsonElement recorded)
        => recorded.GetProperty("headers").EnumerateArray().Select(pair => pair.EnumerateArray().Select(part => part.GetString()!).ToArray()).ToArray();
}
