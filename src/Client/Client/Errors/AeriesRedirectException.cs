namespace IlluminatePerms.Client.Errors;

/// <summary>
/// The server answered a redirect (3xx) instead of the API. The client never follows one: Aeries
/// documents none, and following it would send the certificate wherever the <c>Location</c> points.
/// A redirect almost always means the base URL is not the district's Aeries (a sign-in portal, the
/// http address of an https site, a moved installation).
/// </summary>
public sealed class AeriesRedirectException : AeriesApiException
{
    internal AeriesRedirectException(int statusCode, string operationId, string target, bool followed)
        : base(statusCode, operationId, null, Describe(statusCode, operationId, target, followed))
    {
        Target = target;
        Followed = followed;
    }

    /// <summary>Where the redirect points: scheme, host and port only (never the path, never the certificate), e.g. <c>https://sso.example.org</c>.</summary>
    public string Target { get; }

    /// <summary>
    /// Whether the <see cref="System.Net.Http.HttpClient"/> given to the client followed the redirect
    /// before the client saw it (the request then reached the other host). Clients built on
    /// <see cref="Http.AeriesPrimaryHandler"/> never do.
    /// </summary>
    public bool Followed { get; }

    /// <summary>What the check reports: "the server redirects to … instead of answering: …".</summary>
    internal string Explanation => Explain(Target);

    internal static string Explain(string target)
        => $"the server redirects to {target} instead of answering: the base URL is probably wrong (see base-url)";

    private static string Describe(int statusCode, string operationId, string target, bool followed)
        => followed
            ? $"The HTTP client followed a redirect of {operationId} (status {statusCode} at the end): {Explain(target)}. Build the HttpClient on AeriesPrimaryHandler.Create, which never follows one."
            : $"Aeries answered {statusCode} to {operationId}: {Explain(target)}.";
}
