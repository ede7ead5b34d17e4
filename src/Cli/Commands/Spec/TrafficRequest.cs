namespace IlluminatePerms.Cli.Commands.Spec;

/// <summary>One request to Aeries as a recording or a request log tells it.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The path relative to the district's base URL (a query string may follow).</param>
/// <param name="Status">The status answered; null when no answer came.</param>
/// <param name="Source">Where it was read ("20261204T143000Z-00003-get-….json", "requests.json #3"), for messages.</param>
internal sealed record TrafficRequest(string Method, string Path, int? Status, string Source)
{
    /// <summary>True when Aeries refused the certificate (401, 403): the grant was asked for, not held.</summary>
    public bool Refused => Status is 401 or 403;
}
