using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using IlluminatePerms.Client;
using IlluminatePerms.Client.Errors;
using IlluminatePerms.Grants;
using IlluminatePerms.MockAeries.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace IlluminatePerms.MockAeries.Tests.Testing;

/// <summary>
/// The harness a product's tests start: its certificates are made from the product's spec and act as a
/// district that ticked exactly it, less, more or nothing; its clients, options, reset and disposal.
/// </summary>
public class MockAeriesHarnessTests
{
    private static readonly Grant StaffRead = new("Staff Data", AeriesAccess.Read);
    private static readonly Grant StudentsRead = new("Student Data", AeriesAccess.Read);
    private static readonly GrantSet Spec = GrantSet.Of(StaffRead);
    private static readonly MockAeriesHarnessOptions Small = new() { Scale = 20 };

    [Fact]
    public async Task The_exact_certificate_reads_what_the_spec_grants_and_is_refused_the_rest()
    {
        await using var aeries = await MockAeriesHarness.StartAsync(Spec, Small);

        Assert.NotEmpty(await aeries.Client.GetStaffAsync());
        var school = await SchoolOf(aeries);
        var refused = await Assert.ThrowsAsync<AeriesPermissionException>(() => aeries.Client.GetStudentsAsync(school).ToListAsync().AsTask());

        Assert.Equal(StudentsRead, refused.Refused);
        Assert.All(aeries.Journal.Entries, entry => Assert.Equal("spec", entry.Profile));
        Assert.Equal(Spec, aeries.Certificates.Spec);
        Assert.Equal(Spec, aeries.Certificates.Exact.Grants);
    }

    [Fact]
    public async Task Without_with_none_and_of_make_certificates_of_those_grants_under_their_profiles()
    {
        await using var aeries = await MockAeriesHarness.StartAsync(Spec, Small);
        var school = await SchoolOf(aeries);

        await using (var without = aeries.ClientFor(aeries.Certificates.Without(StaffRead)))
        {
            await Assert.ThrowsAsync<AeriesPermissionException>(() => without.Client.GetStaffAsync());
        }

        await using (var with = aeries.ClientFor(aeries.Certificates.With(StudentsRead)))
        {
            Assert.NotEmpty(await with.Client.GetStaffAsync());
            Assert.NotEmpty(await with.Client.GetStudentsAsync(school).ToListAsync());
        }

        await using (var none = aeries.ClientFor(aeries.Certificates.None()))
        {
            await Assert.ThrowsAsync<AeriesPermissionException>(() => none.Client.GetStaffAsync());
        }

        await using (var students = aeries.ClientFor(aeries.Certificates.Of("students only", GrantSet.Of(StudentsRead))))
        {
            Assert.NotEmpty(await students.Client.GetStudentsAsync(school).ToListAsync());
            await Assert.ThrowsAsync<AeriesPermissionException>(() => students.Client.GetStaffAsync());
        }

        Assert.Equal(
            new[] { "spec", "spec without Staff Data: Read", "spec with Student Data: Read", "spec with Student Data: Read", "none granted", "students only", "students only" },
            aeries.Journal.Entries.Select(entry => entry.Profile));
    }

    [Fact]
    public async Task Each_certificate_says_what_it_grants()
    {
        await using var aeries = await MockAeriesHarness.StartAsync(Spec, Small);
        var certificates = aeries.Certificates;

        Assert.Equal(
            new[]
            {
                ("spec", "exactly the spec"),
                ("spec without Staff Data: Read", "the spec minus Staff Data: Read"),
                ("spec with Student Data: Read", "the spec plus Student Data: Read"),
                ("none granted", "no permission at all"),
                ("students only", "grants Student Data: Read"),
            },
            new[] { certificates.Exact, certificates.Without(StaffRead), certificates.With(StudentsRead), certificates.None(), certificates.Of("students only", GrantSet.Of(StudentsRead)) }
                .Select(certificate => (certificate.Profile, certificate.Description)));
    }

    [Fact]
    public async Task Each_certificate_is_new_and_none_is_the_exact_ones()
    {
        await using var aeries = await MockAeriesHarness.StartAsync(Spec, Small);
        var certificates = new[] { aeries.Certificates.Exact, aeries.Certificates.Without(StaffRead), aeries.Certificates.With(StudentsRead), aeries.Certificates.None(), aeries.Certificates.None() };

        Assert.Equal(certificates.Length, certificates.Select(certificate => certificate.Value).Distinct().Count());
        Assert.All(certificates, certificate => Assert.Matches("^[0-9a-f]{32}$", certificate.Value));
    }

    [Fact]
    public async Task A_tick_takes_effect_on_the_next_request_with_the_same_certificate()
    {
        await using var aeries = await MockAeriesHarness.StartAsync(Spec, Small);
        var forgot = aeries.Certificates.Without(StaffRead);
        await using var scope = aeries.ClientFor(forgot);
        await Assert.ThrowsAsync<AeriesPermissionException>(() => scope.Client.GetStaffAsync());

        var ticked = aeries.Certificates.Tick(forgot, StaffRead);

        Assert.Equal(forgot.Value, ticked.Value);
        Assert.Equal(Spec, ticked.Grants);
        Assert.NotEmpty(await scope.Client.GetStaffAsync());
    }

    [Fact]
    public async Task Reset_empties_the_journal()
    {
        await using var aeries = await MockAeriesHarness.StartAsync(Spec, Small);
        await aeries.Client.GetStaffAsync();
        Assert.NotEmpty(aeries.Journal.Entries);

        aeries.Reset();

        Assert.Empty(aeries.Journal.Entries);
    }

    [Fact]
    public async Task The_options_reach_the_mock_and_the_client()
    {
        var configured = 0;
        var options = new MockAeriesHarnessOptions
        {
            Scale = 20,
            Assumptions = new MockAssumptions { MissingPermissionStatusCode = 403 },
            ClientRetryBaseDelay = TimeSpan.FromMilliseconds(7),
            ConfigureClient = client => configured++,
        };
        await using var aeries = await MockAeriesHarness.StartAsync(Spec, options);

        var school = await SchoolOf(aeries);
        await Assert.ThrowsAsync<AeriesPermissionException>(() => aeries.Client.GetStudentsAsync(school).ToListAsync().AsTask());
        var client = new AeriesClientOptions();
        aeries.ConfigureClient(client);

        Assert.Equal(403, aeries.Journal.Entries.Last().StatusCode);
        Assert.Equal(TimeSpan.FromMilliseconds(7), client.RetryBaseDelay);
        Assert.True(configured >= 2, $"ConfigureClient ran {configured} times: once for the harness's client, once here.");
    }

    [Fact]
    public async Task The_scale_and_the_seed_choose_the_data()
    {
        var spec = GrantSet.Of(StaffRead, StudentsRead);
        await using var small = await MockAeriesHarness.StartAsync(spec, new MockAeriesHarnessOptions { Scale = 20, Seed = 3 });
        await using var larger = await MockAeriesHarness.StartAsync(spec, new MockAeriesHarnessOptions { Scale = 200, Seed = 3 });
        await using var reseeded = await MockAeriesHarness.StartAsync(spec, new MockAeriesHarnessOptions { Scale = 20, Seed = 4 });

        var students = await StudentNamesAsync(small);

        Assert.Equal(20, students.Count);
        Assert.Equal(200, (await StudentNamesAsync(larger)).Count);
        Assert.NotEqual(students, await StudentNamesAsync(reseeded));
    }

    [Fact]
    public async Task A_product_registers_a_client_of_the_mock_in_its_own_services()
    {
        await using var aeries = await MockAeriesHarness.StartAsync(Spec, Small);
        var services = new ServiceCollection();
        aeries.AddClient(services, aeries.Certificates.Exact);
        await using var provider = services.BuildServiceProvider();

        var staff = await provider.GetRequiredService<IAeriesClient>().GetStaffAsync();

        Assert.NotEmpty(staff);
        Assert.Equal("spec", Assert.Single(aeries.Journal.Entries).Profile);
    }

    [Fact]
    public async Task After_disposal_the_port_is_closed()
    {
        var aeries = await MockAeriesHarness.StartAsync(Spec, Small);
        var baseUrl = aeries.BaseUrl;
        Assert.Equal(aeries.Server.BaseUrl, baseUrl);
        Assert.True(baseUrl.IsLoopback);

        await aeries.DisposeAsync();

        using var http = new HttpClient();
        await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync(new Uri(baseUrl, "api/v5/systeminfo")));
    }

    [Fact]
    public async Task Null_arguments_are_refused_by_name()
    {
        Assert.Equal("spec", (await Assert.ThrowsAsync<ArgumentNullException>(() => MockAeriesHarness.StartAsync(null!))).ParamName);
        await using var aeries = await MockAeriesHarness.StartAsync(Spec, Small);
        Assert.Equal("certificate", Assert.Throws<ArgumentNullException>(() => aeries.ClientFor(null!)).ParamName);
        Assert.Equal("services", Assert.Throws<ArgumentNullException>(() => aeries.AddClient(null!, aeries.Certificates.Exact)).ParamName);
        Assert.Equal("certificate", Assert.Throws<ArgumentNullException>(() => aeries.AddClient(new ServiceCollection(), null!)).ParamName);
        Assert.Equal("client", Assert.Throws<ArgumentNullException>(() => aeries.ConfigureClient(null!)).ParamName);
        Assert.Equal("certificate", Assert.Throws<ArgumentNullException>(() => aeries.Certificates.Tick(null!, StaffRead)).ParamName);
    }

    private static async Task<List<string>> StudentNamesAsync(MockAeriesHarness aeries)
    {
        var names = new List<string>();
        foreach (var school in await aeries.Client.GetSchoolsAsync())
        {
            names.AddRange(await aeries.Client.GetStudentsAsync(school.SchoolCode).Select(student => student.LastName + ", " + student.FirstName).ToListAsync());
        }

        return names;
    }

    private static async Task<int> SchoolOf(MockAeriesHarness aeries) => (await aeries.Client.GetSchoolsAsync()).First().SchoolCode;
}
