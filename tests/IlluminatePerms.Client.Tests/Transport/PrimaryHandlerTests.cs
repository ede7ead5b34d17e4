using System;
using System.Net.Http;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using IlluminatePerms.Client.Http;
using Xunit;

namespace IlluminatePerms.Client.Tests.Transport;

/// <summary>
/// The primary handler's trust decision, asked directly: a district's own authority excuses an
/// unknown root and nothing else. (TlsTests covers the handshake itself.)
/// </summary>
public sealed class PrimaryHandlerTests : IDisposable
{
    private readonly X509Certificate2 districtRoot;
    private readonly X509Certificate2 issuedByDistrict;
    private readonly X509Certificate2 issuedByStranger;

    public PrimaryHandlerTests()
    {
        (districtRoot, issuedByDistrict) = Issue("CN=District Root");
        X509Certificate2 strangerRoot;
        (strangerRoot, issuedByStranger) = Issue("CN=Stranger Root");
        strangerRoot.Dispose();
    }

    [Fact]
    public void No_authorities_leave_the_systems_own_validation_alone()
    {
        using var none = AeriesPrimaryHandler.Create(null);
        using var empty = AeriesPrimaryHandler.Create(new X509Certificate2Collection());

        Assert.Null(none.SslOptions.RemoteCertificateValidationCallback);
        Assert.Null(empty.SslOptions.RemoteCertificateValidationCallback);
        Assert.False(none.AllowAutoRedirect);
    }

    [Fact]
    public void The_districts_authority_excuses_an_unknown_root_and_nothing_else()
    {
        using var handler = AeriesPrimaryHandler.Create(new X509Certificate2Collection(districtRoot));
        var validate = handler.SslOptions.RemoteCertificateValidationCallback!;

        Assert.True(validate(this, issuedByStranger, null, SslPolicyErrors.None));
        Assert.True(validate(this, issuedByDistrict, null, SslPolicyErrors.RemoteCertificateChainErrors));
        Assert.False(validate(this, issuedByStranger, null, SslPolicyErrors.RemoteCertificateChainErrors));
        Assert.False(validate(this, issuedByDistrict, null, SslPolicyErrors.RemoteCertificateChainErrors | SslPolicyErrors.RemoteCertificateNameMismatch));
        Assert.False(validate(this, null, null, SslPolicyErrors.RemoteCertificateChainErrors));
        Assert.False(validate(this, null, null, SslPolicyErrors.RemoteCertificateNotAvailable));
    }

    public void Dispose()
    {
        districtRoot.Dispose();
        issuedByDistrict.Dispose();
        issuedByStranger.Dispose();
    }

    private static (X509Certificate2 Root, X509Certificate2 Issued) Issue(string rootName)
    {
        using var rootKey = ECDsa.Create();
        var rootRequest = new CertificateRequest(rootName, rootKey, HashAlgorithmName.SHA256);
        rootRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        var root = rootRequest.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        using var key = ECDsa.Create();
        var request = new CertificateRequest("CN=sis.district.example", key, HashAlgorithmName.SHA256);
        var issued = request.Create(root, DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(10), new byte[] { 7, 7, 7, 7 });
        return (root, issued);
    }
}
