using System.Globalization;
using System.IO;

namespace IlluminatePerms.Client.Errors;

/// <summary>A response body was larger than the client's cap (pictures and "all records" lists can be very large).</summary>
public sealed class AeriesResponseTooLargeException : IOException
{
    /// <summary>Creates the exception.</summary>
    public AeriesResponseTooLargeException(long limitBytes)
        : base(string.Create(CultureInfo.InvariantCulture, $"The Aeries response was larger than {limitBytes:N0} bytes, the client's cap (AeriesClientOptions.MaxResponseBytes); ask for fewer records per page."))
    {
        LimitBytes = limitBytes;
    }

    /// <summary>The cap, in bytes.</summary>
    public long LimitBytes { get; }
}
