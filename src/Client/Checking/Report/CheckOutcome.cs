namespace IlluminatePerms.Checking.Report;

/// <summary>How a check ended.</summary>
public enum CheckOutcome
{
    /// <summary>Every grant was classified.</summary>
    Completed,

    /// <summary><c>systeminfo</c> did not answer like Aeries: nothing else was tried.</summary>
    Unreachable,

    /// <summary>Aeries answered 401 to <c>schools</c>, which needs no permission: the certificate is not accepted.</summary>
    CertificateRejected,

    /// <summary>The caller cancelled; the results say what was done.</summary>
    Cancelled,

    /// <summary>The overall deadline passed; the results say what was done.</summary>
    DeadlineExceeded,
}
