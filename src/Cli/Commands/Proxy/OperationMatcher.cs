using System;
using IlluminatePerms.Contract;

namespace IlluminatePerms.Cli.Commands.Proxy;

/// <summary>
/// The contract operation of a proxied request: <see cref="AeriesContract.Match"/>, for paths under
/// <c>api/v5/</c> only (the proxy forwards anything, but only the API's own paths are read against its contract).
/// </summary>
internal static class OperationMatcher
{
    private const string ApiPrefix = "api/v5/";

    /// <summary>The operation and placeholder values; null when the path is not under <c>api/v5/</c> or no operation of that method matches it.</summary>
    /// <param name="method">The request's method.</param>
    /// <param name="path">The request's path relative to the district's base URL (e.g. <c>api/v5/schools/994</c>).</param>
    public static ContractMatch? Match(string method, string path)
        => path.TrimStart('/').StartsWith(ApiPrefix, StringComparison.OrdinalIgnoreCase) ? AeriesContract.Match(method, path) : null;
}
