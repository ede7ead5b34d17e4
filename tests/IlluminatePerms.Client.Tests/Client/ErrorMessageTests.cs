using System;
using System.IO;
using IlluminatePerms.Client.Errors;
using IlluminatePerms.Client.Tests.Harness;
using IlluminatePerms.Grants;
using Xunit;

namespace IlluminatePerms.Client.Tests.Client;

/// <summary>
/// What each of the client's exceptions says: the operation, the status, what to do, and Aeries' own
/// message only when it sent one. These texts are what a developer or an admin reads in a log.
/// </summary>
public class ErrorMessageTests
{
    private const string Operation = "staff.get_staff_information";
    private static readonly Grant ScoresUpdate = new("Gradebook Scores", AeriesAccess.Update);

    [Fact]
    public void An_error_status_names_the_status_the_operation_and_aeries_message_when_there_is_one()
    {
        Assert.Equal("Aeries answered 500 to staff.get_staff_information.", new AeriesApiException(500, Operation, null).Message);

        var withMessage = new AeriesApiException(500, Operation, "Object reference not set");

        Assert.Equal("Aeries answered 500 to staff.get_staff_information: Object reference not set", withMessage.Message);
        Assert.Equal((500, Operation, "Object reference not set"), (withMessage.StatusCode, withMessage.OperationId, withMessage.AeriesMessage));
    }

    [Fact]
    public void A_refusal_says_which_box_to_tick()
    {
        var refused = new AeriesPermissionException(401, Operation, null, ScoresUpdate);
        var said = new AeriesPermissionException(403, Operation, "Not authorized", ScoresUpdate);

        Assert.Equal(
            "Aeries refused staff.get_staff_information (401): the certificate needs 'Gradebook Scores: Update' (tick Gradebook → Gradebook Scores → Update in Security → API Security).",
            refused.Message);
        Assert.EndsWith("in Security → API Security). Aeries said: Not authorized", said.Message, StringComparison.Ordinal);
        Assert.Equal((ScoresUpdate, AreaCatalog.Get("Gradebook Scores"), AeriesAccess.Update), (said.Refused, said.Area, said.Access));
    }

    [Fact]
    public void A_rejected_certificate_is_named_only_as_redacted()
    {
        var rejected = new AeriesCertificateRejectedException(401, "schools.get_school_information", null, "abcd…(32 characters)");
        var said = new AeriesCertificateRejectedException(401, "schools.get_school_information", "Invalid certificate", "abcd…(32 characters)");

        Assert.Equal(
            "Aeries did not accept the certificate abcd…(32 characters) (401 on schools.get_school_information, which needs no permission): check it was copied whole from Display Certificate Details and belongs to this district.",
            rejected.Message);
        Assert.EndsWith("belongs to this district. Aeries said: Invalid certificate", said.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, "Aeries answered 429 to staff.get_staff_information: Aeries asked to wait 90 s, longer than the time left for the request, so it was not retried.")]
    [InlineData(false, "Aeries answered 429 to staff.get_staff_information: Aeries asked to wait 90 s and was still busy after the retries.")]
    public void A_busy_answer_says_whether_the_wait_was_too_long_to_retry(bool longerThanTimeLeft, string message)
    {
        var busy = new AeriesBusyException(429, Operation, null, TimeSpan.FromSeconds(90), longerThanTimeLeft);

        Assert.Equal(message, busy.Message);
        Assert.Equal((TimeSpan.FromSeconds(90), longerThanTimeLeft), (busy.RetryAfter, busy.LongerThanTimeLeft));
        Assert.Equal(message + " Try later", new AeriesBusyException(429, Operation, "Try later", TimeSpan.FromSeconds(90), longerThanTimeLeft).Message);
    }

    [Fact]
    public void Numbers_read_the_same_in_every_culture()
    {
        // The texts are English and end up in reports: a German machine must not write "1,3 s" or "65.536 bytes".
        using var german = new CultureScope("de-DE");
        Assert.Contains("wait 1.3 s", new AeriesBusyException(503, Operation, null, TimeSpan.FromMilliseconds(1250), longerThanTimeLeft: false).Message, StringComparison.Ordinal);
        Assert.Contains("wait 1.3 s, longer", new AeriesBusyException(503, Operation, null, TimeSpan.FromMilliseconds(1250), longerThanTimeLeft: true).Message, StringComparison.Ordinal);
        var timedOut = AeriesConnectionException.TimedOut("district.example", Operation, TimeSpan.FromMilliseconds(2500));
        Assert.Contains("within 2.5 s, the request's timeout", timedOut.Message, StringComparison.Ordinal);
        Assert.Equal("No complete answer within 2.5 s.", timedOut.InnerException?.Message);
        Assert.Contains("larger than 1,048,576 bytes", new AeriesResponseTooLargeException(1_048_576).Message, StringComparison.Ordinal);
        Assert.Contains("larger than 65,536 bytes", new AeriesRecordTooLargeException(Operation, 65_536).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, "Aeries answered 302 to staff.get_staff_information: the server redirects to https://elsewhere.example/ instead of answering: the base URL is probably wrong (see base-url).")]
    [InlineData(true, "The HTTP client followed a redirect of staff.get_staff_information (status 200 at the end): the server redirects to https://elsewhere.example/ instead of answering: the base URL is probably wrong (see base-url). Build the HttpClient on AeriesPrimaryHandler.Create, which never follows one.")]
    public void A_redirect_says_the_base_url_is_probably_wrong(bool followed, string message)
    {
        var redirect = new AeriesRedirectException(followed ? 200 : 302, Operation, "https://elsewhere.example/", followed);

        Assert.Equal(message, redirect.Message);
        Assert.Equal(("https://elsewhere.example/", followed), (redirect.Target, redirect.Followed));
    }

    [Fact]
    public void A_connection_failure_says_whether_it_was_the_tls_handshake()
    {
        var inner = new IOException("outer", new IOException("Connection refused"));

        var refused = new AeriesConnectionException("district.example", Operation, isTls: false, inner);
        var tls = new AeriesConnectionException("district.example", Operation, isTls: true, inner);

        Assert.Equal("Aeries at district.example could not be reached (staff.get_staff_information): Connection refused", refused.Message);
        Assert.StartsWith("The TLS handshake with district.example failed (staff.get_staff_information): the likely cause", tls.Message, StringComparison.Ordinal);
        Assert.EndsWith("Trust it with AeriesClientOptions.TrustedCertificateAuthorities (or install it in the system store). Details: Connection refused", tls.Message, StringComparison.Ordinal);
        Assert.Equal(("district.example", Operation, false, (TimeSpan?)null), (refused.Host, refused.OperationId, refused.IsTls, refused.Timeout));
        Assert.True(tls.IsTls);
    }

    [Fact]
    public void A_timeout_names_the_time_and_the_option_that_sets_it()
    {
        var cause = new OperationCanceledException();

        var timedOut = AeriesConnectionException.TimedOut("district.example", Operation, TimeSpan.FromSeconds(100), cause);

        Assert.Equal(
            "Aeries at district.example did not answer staff.get_staff_information within 100 s, the request's timeout (AeriesClientOptions.AttemptTimeout; the whole answer, body included, must arrive within it).",
            timedOut.Message);
        Assert.Equal(TimeSpan.FromSeconds(100), timedOut.Timeout);
        var inner = Assert.IsType<TimeoutException>(timedOut.InnerException);
        Assert.Equal("No complete answer within 100 s.", inner.Message);
        Assert.Same(cause, inner.InnerException);
        Assert.False(timedOut.IsTls);
    }

    [Fact]
    public void Caps_name_their_limit_and_the_option_that_sets_it()
    {
        var response = new AeriesResponseTooLargeException(1_048_576);
        var record = new AeriesRecordTooLargeException(Operation, 65_536);

        Assert.Equal("The Aeries response was larger than 1,048,576 bytes, the client's cap (AeriesClientOptions.MaxResponseBytes); ask for fewer records per page.", response.Message);
        Assert.Equal(1_048_576, response.LimitBytes);
        Assert.Equal("A record of the Aeries answer to staff.get_staff_information was larger than 65,536 bytes, the client's cap per record (AeriesClientOptions.MaxRecordBytes); the answer was abandoned.", record.Message);
        Assert.Equal((Operation, 65_536L), (record.OperationId, record.LimitBytes));
    }

    [Fact]
    public void An_unconfirmed_write_gives_its_attempts_and_the_last_failure()
    {
        var failure = new InvalidOperationException("read back a different score");

        var unconfirmed = new AeriesWriteNotConfirmedException("gradebook.update_scores", 3, failure);

        Assert.Equal("gradebook.update_scores was not confirmed by reading it back after 3 attempt(s). Last failure: read back a different score", unconfirmed.Message);
        Assert.Same(failure, unconfirmed.InnerException);
        Assert.Equal(("gradebook.update_scores", 3), (unconfirmed.OperationId, unconfirmed.Attempts));
        Assert.Equal("gradebook.update_scores was not confirmed by reading it back after 1 attempt(s).", new AeriesWriteNotConfirmedException("gradebook.update_scores", 1, null).Message);
    }

    [Fact]
    public void An_unexpected_answer_and_a_missing_grant_say_what_happened()
    {
        var unexpected = new AeriesUnexpectedAnswerException(200, Operation, "answered HTML, not JSON");
        var missing = new MissingGrantException("gradebook.update_scores", ScoresUpdate);

        Assert.Equal("The server answered HTML, not JSON (staff.get_staff_information)", unexpected.Message);
        Assert.Equal("answered HTML, not JSON", unexpected.Answered);
        Assert.Equal("gradebook.update_scores needs 'Gradebook Scores: Update', which the permission spec does not grant; add it to permissions.csv or do not call it.", missing.Message);
        Assert.Equal(("gradebook.update_scores", ScoresUpdate), (missing.OperationId, missing.Required));
    }
}
