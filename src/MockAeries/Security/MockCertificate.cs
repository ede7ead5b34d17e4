using IlluminatePerms.Grants;

namespace IlluminatePerms.MockAeries.Security;

/// <summary>A certificate the mock accepts, and what its (imaginary) district admin ticked for it.</summary>
/// <param name="Profile">A short name: "demo", "full", "read-only", "partial", "excess", "empty", or your own.</param>
/// <param name="Value">The AERIES-CERT header value; compared case-sensitively, as Aeries does.</param>
/// <param name="Grants">What the certificate may do.</param>
/// <param name="Description">One line on what the profile stands for.</param>
public sealed record MockCertificate(string Profile, string Value, GrantSet Grants, string Description);
