using System.Text.Encodings.Web;
using System.Text.Json;

namespace IlluminatePerms.MockAeries.Http;

/// <summary>The JSON settings of every body: Aeries writes apostrophes and accents as they are, not as \u escapes.</summary>
internal static class AeriesJson
{
    /// <summary>The source-generated type information, with those settings.</summary>
    public static AeriesJsonContext Context { get; } = new(new JsonSerializerOptions
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNameCaseInsensitive = true,
    });
}
