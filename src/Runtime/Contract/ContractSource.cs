namespace IlluminatePerms.Contract;

/// <summary>Where a fact about an operation comes from, strongest first.</summary>
#if BUILDING_SOURCE_GENERATOR
internal enum ContractSource
#else
public enum ContractSource
#endif
{
    /// <summary>Aeries' endpoint article states it (method, path and Security Area).</summary>
    Article,

    /// <summary>
    /// Aeries' article shows the endpoint, but one of the facts the contract needs (usually the
    /// access level of a write) is inferred from it; <see cref="AeriesOperation.Note"/> says which.
    /// </summary>
    ArticleInferred,

    /// <summary>Not in the articles: a public client (Aeries' own PowerShell module) calls it.</summary>
    PublicClient,
}
