namespace IlluminatePerms.Cli;

/// <summary>The tool's exit codes, most actionable first (documented in docs/cli.md, "Exit codes").</summary>
internal static class ExitCodes
{
    /// <summary>Every required grant verified (or only not verifiable or inferred); specs unchanged.</summary>
    public const int Success = 0;

    /// <summary>Usage, connection or certificate errors, or a grant whose verdict is Error or Blocked.</summary>
    public const int Error = 1;

    /// <summary>A required grant is missing (whatever else); with --strict also not-verifiable, inferred and excess grants; specs differ.</summary>
    public const int Missing = 2;

    /// <summary>Interrupted (Ctrl+C, SIGINT): the shell's 128 + 2; what finished is kept, the rest is marked not checked.</summary>
    public const int Interrupted = 130;
}
