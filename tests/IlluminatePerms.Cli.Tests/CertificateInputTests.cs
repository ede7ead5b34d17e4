using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using Xunit;

namespace IlluminatePerms.Cli.Tests;

/// <summary>Certificates as people really supply them: an empty variable, a paste cut short.</summary>
public sealed class CertificateInputTests
{
    [Fact]
    public async Task An_empty_aeries_cert_is_named_as_empty_not_as_unset()
    {
        var result = await CliRun.InEmptyFolderAsync(new Dictionary<string, string> { ["AERIES_CERT"] = string.Empty }, "check", "--base-url", $"http://127.0.0.1:{CliRun.ClosedPort()}/");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("error: AERIES_CERT is set but empty: put the certificate from Display Certificate Details in it, or give --cert-file PATH.", result.Error.TrimEnd());
    }

    [Fact]
    public async Task A_certificate_with_white_space_inside_is_refused_naming_where_it_came_from_but_not_what_it_is()
    {
        const string broken = "0123456789abcdef 0123456789abcdef";
        using var directory = new TempDirectory();
        File.WriteAllText(directory.File("district.cert"), broken);

        var fromVariable = await CliRun.InEmptyFolderAsync(new Dictionary<string, string> { ["AERIES_CERT"] = broken }, "check", "--base-url", $"http://127.0.0.1:{CliRun.ClosedPort()}/");
        var fromFile = await CliRun.InAsync(null, directory.Path, "check", "--cert-file", "district.cert", "--base-url", $"http://127.0.0.1:{CliRun.ClosedPort()}/");

        const string Problem = "is not usable: The Aeries certificate (33 characters) contains white space or characters an HTTP header cannot carry; copy it again from Display Certificate Details.";
        Assert.Equal(1, fromVariable.ExitCode);
        Assert.Equal($"error: the certificate from the AERIES_CERT environment variable {Problem}", fromVariable.Error.TrimEnd());
        Assert.Equal(1, fromFile.ExitCode);
        Assert.Equal($"error: the certificate from the file {directory.File("district.cert")} {Problem}", fromFile.Error.TrimEnd());
        Assert.DoesNotContain("0123456789abcdef", fromVariable.All + fromFile.All);
    }

    [Fact]
    public async Task A_certificate_of_an_unusual_length_is_tried_with_a_warning_that_does_not_show_it()
    {
        const string cutShort = "0123456789abcdef0123456789";

        var result = await CliRun.InEmptyFolderAsync(new Dictionary<string, string> { ["AERIES_CERT"] = cutShort }, "check", "--base-url", $"http://127.0.0.1:{CliRun.ClosedPort()}/", "--retries", "0");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("warning: The Aeries certificate is 26 characters long; the usual form is 32 hexadecimal characters.", result.Error);
        Assert.Contains("could not be reached", result.Error);
        Assert.DoesNotContain(cutShort, result.All);
    }
}
