namespace IlluminatePerms.MockAeries.Data;

/// <summary>A graduation requirement of a school.</summary>
public sealed record GraduationRequirement(int SchoolCode, string Code, string Description, decimal CreditsRequired);
