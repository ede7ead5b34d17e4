using System.Globalization;
using System.IO;

namespace IlluminatePerms.Client.Errors;

/// <summary>
/// One record of a streamed answer (a whole school's records) was larger than the client's cap per
/// record, <see cref="AeriesClientOptions.MaxRecordBytes"/>: no honest record is that big.
/// </summary>
public sealed class AeriesRecordTooLargeException : IOException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="operationId">The contract operation called.</param>
    /// <param name="limitBytes">The cap per record, in bytes.</param>
    public AeriesRecordTooLargeException(string operationId, long limitBytes)
        : base(string.Create(CultureInfo.InvariantCulture, $"A record of the Aeries answer to {operationId} was larger than {limitBytes:N0} bytes, the client's cap per record (AeriesClientOptions.MaxRecordBytes); the answer was abandoned."))
    {
        OperationId = operationId;
        LimitBytes = limitBytes;
    }

    /// <summary>The contract operation called.</summary>
    public string OperationId { get; }

    /// <summary>The cap per record, in bytes.</summary>
    public long LimitBytes { get; }
}
