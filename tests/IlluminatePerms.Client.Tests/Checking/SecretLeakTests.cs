using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using IlluminatePerms.Checking.Report;
using IlluminatePerms.Client.Errors;
using IlluminatePerms.Client.Tests.Harness;
using IlluminatePerms.Connection;
using IlluminatePerms.MockAeries;
using IlluminatePerms.MockAeries.Faults;
using Microsoft.Extensions.Logging;
using Xunit;

namespace IlluminatePerms.Client.Tests.Checking;

/// <summary>The certificate appears in no log line, exception or report of full runs: success, failure and faults.</summary>
public class SecretLeakTests
{
    [Fact]
    public async Task The_certificate_is_in_no_log_line_exception_or_report()
    {
        await using var clean = await MockSession.StartAsync(new MockAeriesOptions { Scale = 100 });
        await using var faulty = await MockSession.StartAsync(new MockAeriesOptions
        {
            Scale = 100,
            Faults = new[] { new FaultRule { ErrorRate = 0.3, DropRate = 0.05, ThrottleRate = 0.05, RetryAfterSeconds = 0, Latency = TimeSpan.FromMilliseconds(2) } },
        });
        using var harness = new CheckerHarness(maxReadRetries: 1);
        var texts = new List<string>();
        var secrets = new[] { "full", "partial", "empty", "demo" }.Select(p => clean.Certificate(p)).ToList();
        var unknown = AeriesCertificate.Parse("5f3c9a0e7b214d6c8e9f0a1b2c3d4e5f");
        secrets.Add(unknown);

        // Reports of success, failure (missing grants, rejected certificate) and faults.
        foreach (var (mock, profile) in new[] { (clean, "full"), (clean, "partial"), (clean, "empty"), (faulty, "full"), (faulty, "demo") })
        {
            texts.Add(JsonSerializer.Serialize(await harness.CheckAsync(mock, profile)));
        }

        texts.Add(JsonSerializer.Serialize(await harness.CheckAsync(clean, unknown)));

        // Exceptions of the client, with its own logs.
        var clientLogs = new CapturingLoggerProvider();
        var logger = new Logger<AeriesClient>(clientLogs);
        foreach (var (mock, profile) in new[] { (clean, "empty"), (faulty, "full") })
        {
            var client = mock.Client(profile, handler: null, logger: logger);
            foreach (var call in new Func<Task>[]
            {
                () => client.GetStudentsAsync(994).ToListAsync().AsTask(),
                () => client.GetStaffAsync(1),
                () => client.GetStudentPicturesAsync(994).ToListAsync().AsTask(),
                () => client.WriteScoresAsync(1, 1, new[] { new IlluminatePerms.Client.Models.ScoreWrite { StudentID = 1, NumberCorrect = 1 } }),
            })
            {
                try
                {
                    await call();
                }
                catch (Exception exception) when (exception is AeriesApiException or AeriesConnectionException or AeriesWriteNotConfirmedException)
                {
                    texts.Add(exception.ToString());
                }
            }
        }

        var rejectedClient = new AeriesClient(clean.BaseUrl, unknown, new System.Net.Http.HttpClient(), logger: new Logger<AeriesClient>(clientLogs));
        texts.Add((await Assert.ThrowsAsync<AeriesCertificateRejectedException>(() => rejectedClient.GetSchoolsAsync())).ToString());
        texts.AddRange(harness.Logs.Lines);
        texts.AddRange(clientLogs.Lines);

        Assert.True(texts.Count > 100, $"only {texts.Count} texts captured");
        Assert.Contains(texts, t => t.Contains("…", StringComparison.Ordinal));
        foreach (var secret in secrets)
        {
            var leaks = texts.Where(t => t.Contains(secret.Reveal(), StringComparison.OrdinalIgnoreCase)).ToList();
            Assert.True(leaks.Count == 0, $"The certificate {secret.Redacted} appears whole in: {leaks.FirstOrDefault()?.Replace(secret.Reveal(), "<SECRET>", StringComparison.OrdinalIgnoreCase)}");
        }
    }
}
