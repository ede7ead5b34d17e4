using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using IlluminatePerms.Checking;
using IlluminatePerms.Checking.Report;
using IlluminatePerms.Client.Tests.Harness;
using IlluminatePerms.Connection;
using IlluminatePerms.Grants;
using IlluminatePerms.MockAeries;
using IlluminatePerms.MockAeries.Security;
using IlluminatePerms.Spec;
using Xunit;

namespace IlluminatePerms.Client.Tests.Checking;

/// <summary>
/// A check against the mock judges each feature of a spec with a Feature column, and
/// <see cref="GrantCheckReport.Supports"/> switches a feature on only when it works.
/// </summary>
public class FeatureCheckTests
{
    private static readonly PermissionSpec Spec = SpecParser.Parse(
        "Table/Program Area,Permission Needed,Reason,Feature\n"
        + "Student Data,Read,rosters,Rostering; Attendance sync\n"
        + "Teacher Data,Read,teachers,Rostering\n"
        + "Attendance History,Read,attendance,Attendance sync\n"
        + "Gradebook Scores,Update,scores written back,Score write-back\n");

    /// <summary>The certificate lacks Attendance History: Read; Gradebook Scores: Update cannot be proven without a write.</summary>
    private static readonly GrantSet Certificate = GrantSet.Parse("Student Data: Read; Teacher Data: Read; Gradebook Scores: Update");

    [Fact]
    public async Task Each_feature_works_fails_or_cannot_be_told_in_the_specs_order()
    {
        await using var mock = await MockSession.StartAsync(new MockAeriesOptions { Scale = 100 });
        using var harness = new CheckerHarness();

        var report = await CheckAsync(harness, mock, Exactly(mock, Certificate));

        Assert.Empty(Spec.Diagnostics);
        Assert.Equal(new[] { "Rostering", "Attendance sync", "Score write-back" }, report.Features.Select(f => f.Name));
        Assert.Equal(new[] { FeatureSupport.Works, FeatureSupport.Fails, FeatureSupport.Unknown }, report.Features.Select(f => f.Verdict));

        var rostering = report.Features[0];
        Assert.Equal(new[] { "Student Data: Read", "Teacher Data: Read" }, rostering.Verified.Select(r => r.Grant));

        var attendance = report.Features[1];
        var missing = Assert.Single(attendance.Missing);
        Assert.Equal("Attendance History: Read", missing.Grant);
        Assert.Same(report.Missing.Single(), missing);
        Assert.Equal(new AdminTick("Attendance", "Attendance History", "Read"), missing.ToTick);
        Assert.Equal("Student Data: Read", Assert.Single(attendance.Verified).Grant);

        var scores = report.Features[2];
        var untold = Assert.Single(scores.Untold);
        Assert.Equal(("Gradebook Scores: Update", GrantVerdict.NotVerifiable), (untold.Grant, untold.Verdict));
        Assert.Empty(scores.Missing);
    }

    [Fact]
    public async Task Supports_is_true_only_for_a_working_feature_and_refuses_a_name_the_spec_does_not_have()
    {
        await using var mock = await MockSession.StartAsync(new MockAeriesOptions { Scale = 100 });
        using var harness = new CheckerHarness();

        var report = await CheckAsync(harness, mock, Exactly(mock, Certificate));

        Assert.True(report.Supports("Rostering"));
        Assert.True(report.Supports("  rostering "));
        Assert.False(report.Supports("Attendance sync"));
        Assert.False(report.Supports("score WRITE-BACK"));
        var typo = Assert.Throws<ArgumentException>(() => report.Supports("Roster"));
        Assert.Equal("feature", typo.ParamName);
        Assert.Contains("'Roster'", typo.Message, StringComparison.Ordinal);
        Assert.Contains("'Rostering', 'Attendance sync', 'Score write-back'", typo.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_certificate_with_every_grant_readable_makes_the_read_features_work()
    {
        await using var mock = await MockSession.StartAsync(new MockAeriesOptions { Scale = 100 });
        using var harness = new CheckerHarness();

        var report = await CheckAsync(harness, mock, Exactly(mock, Spec.Grants));

        Assert.True(report.Supports("Rostering"));
        Assert.True(report.Supports("Attendance sync"));
        Assert.False(report.Supports("Score write-back"));
        Assert.Empty(report.Features.SelectMany(f => f.Missing));
    }

    [Fact]
    public async Task A_check_stopped_before_probing_can_tell_no_feature_and_says_why()
    {
        await using var mock = await MockSession.StartAsync(new MockAeriesOptions { Scale = 100 });
        using var harness = new CheckerHarness();
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        var report = await CheckAsync(harness, mock, mock.Certificate("full"), cancel.Token);

        Assert.Equal(CheckOutcome.Cancelled, report.Outcome);
        Assert.Empty(report.Results);
        Assert.All(report.Features, f => Assert.Equal(FeatureSupport.Unknown, f.Verdict));
        Assert.Equal(new[] { "Student Data: Read", "Attendance History: Read" }, report.Features[1].Untold.Select(r => r.Grant));
        Assert.All(report.Features.SelectMany(f => f.Untold), r => Assert.Equal($"Not checked: {report.Summary}", r.Reason));
        Assert.False(report.Supports("Rostering"));
    }

    [Fact]
    public async Task A_rejected_certificate_fails_closed_every_feature_unknown_none_supported()
    {
        await using var mock = await MockSession.StartAsync(new MockAeriesOptions { Scale = 100 });
        using var harness = new CheckerHarness();

        var report = await CheckAsync(harness, mock, AeriesCertificate.Parse("0123456789abcdef0123456789abcdef"));

        Assert.Equal(CheckOutcome.CertificateRejected, report.Outcome);
        Assert.All(report.Features, f => Assert.Equal(FeatureSupport.Unknown, f.Verdict));
        Assert.False(report.Supports("Rostering"));
    }

    [Fact]
    public async Task A_report_without_features_refuses_every_name()
    {
        await using var mock = await MockSession.StartAsync(new MockAeriesOptions { Scale = 100 });
        using var harness = new CheckerHarness();

        var report = await harness.CheckAsync(mock, Exactly(mock, Certificate), b => { b.Spec = Spec.Grants; b.ProbeOutsideSpec = false; });

        Assert.Empty(report.Features);
        var error = Assert.Throws<ArgumentException>(() => report.Supports("Rostering"));
        Assert.Contains("names no feature", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_feature_needing_a_grant_outside_the_spec_or_sharing_a_name_is_refused_before_anything_is_sent()
    {
        await using var mock = await MockSession.StartAsync(new MockAeriesOptions { Scale = 100 });
        using var harness = new CheckerHarness();
        var outside = new ProductFeature("Contacts sync", GrantSet.Parse("Contacts: Read"));
        var twin = new ProductFeature("rostering", GrantSet.Parse("Student Data: Read"));

        var notInSpec = await Assert.ThrowsAsync<ArgumentException>(() => harness.CheckAsync(mock, "full", b => { b.Spec = Spec.Grants; b.Features = [.. ProductFeature.From(Spec), outside]; }));
        var shared = await Assert.ThrowsAsync<ArgumentException>(() => harness.CheckAsync(mock, "full", b => { b.Spec = Spec.Grants; b.Features = [.. ProductFeature.From(Spec), twin]; }));

        Assert.Contains("'Contacts sync' needs Contacts: Read", notInSpec.Message, StringComparison.Ordinal);
        Assert.Contains("Two features are named 'Rostering'", shared.Message, StringComparison.Ordinal);
        Assert.Empty(mock.Server.Journal.Entries);
    }

    [Fact]
    public void A_feature_needs_a_name_and_a_grant()
    {
        Assert.Throws<ArgumentException>(() => new ProductFeature(" ", GrantSet.Parse("Student Data: Read")));
        Assert.Throws<ArgumentException>(() => new ProductFeature("Rostering", GrantSet.Empty));
        Assert.Equal("Rostering", new ProductFeature(" Rostering ", GrantSet.Parse("Student Data: Read")).Name);
    }

    private static Task<GrantCheckReport> CheckAsync(CheckerHarness harness, MockSession mock, AeriesCertificate certificate, CancellationToken cancellationToken = default)
        => harness.CheckAsync(mock, certificate, b => { b.Spec = Spec.Grants; b.Features = ProductFeature.From(Spec); b.ProbeOutsideSpec = false; }, cancellationToken: cancellationToken);

    private static AeriesCertificate Exactly(MockSession mock, GrantSet grants)
    {
        var certificate = new MockCertificate($"exactly {grants}", Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)), grants, "exactly these grants");
        mock.Server.AcceptCertificate(certificate);
        return AeriesCertificate.Parse(certificate.Value);
    }
}
