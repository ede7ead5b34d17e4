using System;
using System.Net.Http;
using System.Threading.Tasks;
using IlluminatePerms.Client.Errors;
using IlluminatePerms.Grants;
using IlluminatePerms.MockAeries.Testing;
using IlluminatePerms.MockAeries.Xunit;
using IlluminatePerms.Tests.Shared.Threading;
using Xunit;

namespace IlluminatePerms.MockAeries.Tests.Xunit;

/// <summary>
/// The xunit package: a fixture that starts one mock from the subclass's spec and options, exposes the
/// harness, and stops it; and a test base that resets the mock for every test.
/// </summary>
public class MockAeriesFixtureTests
{
    private static readonly Grant StaffRead = new("Staff Data", AeriesAccess.Read);

    [Fact]
    public async Task Before_xunit_starts_it_the_fixture_says_so_and_disposes_quietly()
    {
        var fixture = new StaffFixture();

        var early = Assert.Throws<InvalidOperationException>(() => fixture.Client);

        Assert.Contains("has not started", early.Message, StringComparison.Ordinal);
        await fixture.DisposeAsync();
    }

    [Fact]
    public async Task Started_it_serves_the_subclass_spec_and_options_through_the_harness()
    {
        var fixture = new StaffFixture();
        await fixture.InitializeAsync();
        try
        {
            Assert.NotEmpty(await fixture.Client.GetStaffAsync());
            await using (var none = fixture.ClientFor(fixture.Certificates.None()))
            {
                await Assert.ThrowsAsync<AeriesPermissionException>(() => none.Client.GetStaffAsync());
            }

            Assert.Equal(GrantSet.Of(StaffRead), fixture.Certificates.Spec);
            Assert.Equal(fixture.Harness.BaseUrl, fixture.BaseUrl);
            Assert.Same(fixture.Harness.Server, fixture.Server);
            Assert.Same(fixture.Harness.Journal, fixture.Journal);

            // The subclass's options: 403 for a missing permission.
            Assert.Equal(403, fixture.Journal.Entries[^1].StatusCode);
        }
        finally
        {
            await fixture.DisposeAsync();
        }
    }

    [Fact]
    public async Task Reset_and_the_test_base_start_each_test_with_an_empty_journal()
    {
        var fixture = new StaffFixture();
        await fixture.InitializeAsync();
        try
        {
            await fixture.Client.GetStaffAsync();
            fixture.Reset();
            Assert.Empty(fixture.Journal.Entries);

            await fixture.Client.GetStaffAsync();
            var test = new StaffTest(fixture);

            Assert.Empty(fixture.Journal.Entries);
            Assert.Same(fixture, test.Fixture);
        }
        finally
        {
            await fixture.DisposeAsync();
        }
    }

    [Fact]
    public async Task Disposed_it_closes_the_port()
    {
        var fixture = new StaffFixture();
        await fixture.InitializeAsync();
        var baseUrl = fixture.BaseUrl;

        await fixture.DisposeAsync();

        using var http = new HttpClient();
        await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync(new Uri(baseUrl, "api/v5/systeminfo")));
    }

    [Fact]
    public async Task Starting_and_stopping_never_come_back_to_the_callers_context()
    {
        var fixture = new StaffFixture();

        var returns = await CallerContext.ReturnsDuring(() => fixture.InitializeAsync()) + await CallerContext.ReturnsDuring(() => fixture.DisposeAsync());

        Assert.Equal(0, returns);
    }

    private sealed class StaffFixture : MockAeriesFixture
    {
        protected override GrantSet Spec => GrantSet.Of(StaffRead);

        protected override MockAeriesHarnessOptions Options => new() { Scale = 20, Assumptions = new MockAssumptions { MissingPermissionStatusCode = 403 } };
    }

    private sealed class StaffTest(StaffFixture fixture) : MockAeriesTest<StaffFixture>(fixture)
    {
        public StaffFixture Fixture => Aeries;
    }
}
