using IlluminatePerms.Grants;
using IlluminatePerms.MockAeries.Xunit;

namespace IlluminateSync.Tests;

/// <summary>The mock, with certificates made from the spec the sample's build checks.</summary>
public sealed class SyncAeries : MockAeriesFixture
{
    protected override GrantSet Spec => RequiredGrants.All;
}
