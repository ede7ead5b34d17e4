using IlluminatePerms.Spec;

namespace IlluminatePerms.AspNetCore.Endpoints;

/// <summary>One mapped check page: the spec it checks against, how reports name it, and where it is mapped.</summary>
/// <param name="Spec">The permission spec, free of errors.</param>
/// <param name="SpecName">How reports name the spec.</param>
/// <param name="Prefix">The mapped path, "" for the root or "/onboarding/aeries" (no trailing '/').</param>
internal sealed record CheckSite(PermissionSpec Spec, string SpecName, string Prefix);
