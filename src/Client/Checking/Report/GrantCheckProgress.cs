namespace IlluminatePerms.Checking.Report;

/// <summary>Progress of a running check, reported after each classified result.</summary>
/// <param name="Completed">Results classified so far.</param>
/// <param name="Total">Results the check will classify.</param>
/// <param name="Latest">The result just classified.</param>
public sealed record GrantCheckProgress(int Completed, int Total, GrantCheckResult Latest);
