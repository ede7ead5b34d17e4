using System.Threading.Tasks;
using IlluminatePerms.Grants;
using IlluminatePerms.MockAeries.Security;
using IlluminatePerms.MockAeries.Tests.Harness;
using Xunit;

namespace IlluminatePerms.MockAeries.Tests;

/// <summary>
/// With <see cref="MockAssumptions.PermissionCheckedBeforeLookup"/> off, every identifier of a path
/// is looked up before the permission check: an unknown one is a 404 for a certificate that may do
/// nothing, a known one is that certificate's 401.
/// </summary>
public sealed class IdentifierLookupTests : IAsyncLifetime
{
    private RunningMock mock = null!;

    public async Task InitializeAsync() => mock = await RunningMock.StartAsync(new MockAeriesOptions
    {
        Scale = 300,
        Assumptions = new MockAssumptions { PermissionCheckedBeforeLookup = false },
        Certificates = new[] { new MockCertificate("nothing", "nothing", GrantSet.Empty, "test") },
    });

    public async Task DisposeAsync() => await mock.DisposeAsync();

    [Theory]
    [InlineData("schools/5/students", 404)]
    [InlineData("schools/994/students", 401)]
    [InlineData("staff/1", 404)]
    [InlineData("staff/994605", 401)]
    [InlineData("schools/994/sections/99999", 404)]
    [InlineData("schools/994/sections/43", 401)]
    [InlineData("schools/994/teachers/99999", 404)]
    [InlineData("courses/9999", 404)]
    [InlineData("courses/0617", 401)]
    [InlineData("gradebooks/1", 404)]
    [InlineData("gradebooks/4366926", 401)]
    [InlineData("gradebooks/4366926/assignments/99", 404)]
    [InlineData("gradebooks/Assignments/00000000-0000-0000-0000-000000000001", 404)]
    [InlineData("gradebooks/4366926/F/students/5", 401)]
    public async Task Each_identifier_of_the_path_is_looked_up_before_the_permission(string path, int status)
        => Assert.Equal(status, (await mock.Aeries.GetAsync(path, "nothing")).Status);
}
