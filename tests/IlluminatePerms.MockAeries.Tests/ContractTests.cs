using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using IlluminatePerms.Contract;
using IlluminatePerms.Grants;
using IlluminatePerms.MockAeries.Security;
using IlluminatePerms.MockAeries.Tests.Harness;
using Xunit;

namespace IlluminatePerms.MockAeries.Tests;

/// <summary>
/// Walks the Aeries contract: every operation, called without a certificate, with one lacking
/// its permission (under both missing-permission statuses) and with one holding only that
/// permission, answers as the contract and the articles say.
/// </summary>
public sealed class ContractTests : IAsyncLifetime
{
    /// <summary>
    /// The operations that need no permission, from the articles ("None Required (certificate in
    /// request is still required though)", and systeminfo, which needs no certificate at all);
    /// written here, not read from the code under test.
    /// </summary>
    private static readonly HashSet<string> OpenPaths = new(StringComparer.OrdinalIgnoreCase)
    {
        "GET systeminfo",
        "GET schools",
        "GET schools/{SchoolCode}",
        "GET schools/{SchoolCode}/terms",
        "GET codes/{Table}/{Field}",
    };

    /// <summary>A valid body for each write, as the articles' examples write them.</summary>
    private static readonly Dictionary<string, string> Bodies = new()
    {
        ["POST SendAlert/{Alert}"] = """{"StudentIDs":[99400001],"Message":"Your student was absent today."}""",
        ["POST schools/{SchoolCode}/InsertStudent"] = """{"LastName":"Abbott","FirstName":"Allan","Grade":9,"Birthdate":"2011-11-11"}""",
        ["POST UpdateStudent/{StudentID}"] = """{"StudentEmailAddress":"allan@example.org"}""",
        ["POST UpdateStudentAddress/{StudentID}"] = """{"MailingAddress":"1118 Glenview Lane"}""",
        ["POST InsertContact/{StudentID}"] = """{"FirstName":"Adam","LastName":"Abbott","RelationshipToStudentCode":"11","LivesWithStudentIndicator":"Y"}""",
        ["POST UpdateContact/{StudentID}/{SequenceNumber}"] = """{"CellPhone":"7775557537"}""",
        ["POST testing/UpdateScores"] = """[{"StudentID":99400001,"TestID":"CELDT","TestPart":0,"TestingAdministration":"0916","TestDate":"2016-09-17","ScaleScore":491}]""",
        ["POST schools/{SchoolCode}/students/{StudentID}/activities"] = """{"ActivityOrAwardCode":"BND","Name":"Marching Band"}""",
        ["PUT schools/{SchoolCode}/students/{StudentID}/activities/{SequenceNumber}"] = """{"Name":"Jazz Band","StartDate":"2026-09-01"}""",
        ["POST schools/{SchoolCode}/students/{StudentID}/authorizations"] = """{"DateEntered":"2020-07-07 09:59:39.397","TypeCode":"3","MiscCode":"","StatusCode":"2","StatusDate":"2020-07-07 09:59:39.397","EffectiveEndDate":"","Comment":"New Comment","TestAdministration":"","Source":""}""",
        ["PUT schools/{SchoolCode}/students/{StudentID}/authorizations/{SequenceNumber}"] = """{"StatusCode":"1","StatusDate":"2020-07-07T09:59:39.397"}""",
        ["POST UpdateSchoolSupplemental/{SchoolCode}/{StudentNumber}"] = """{"Columns":{"ColumnCode":"CD","NewValue":"P"}}""",
        ["POST schools/{SchoolCode}/Grades"] = """[{"StudentID":99400001,"SectionNumber":43,"MarkNumber":1,"MarkValue":"A"}]""",
        ["POST staff"] = """{"FirstName":"Michele","LastName":"Acosta","PrimaryAeriesSchool":994}""",
        ["PUT staff/{StaffID}"] = """{"Title":"Teacher"}""",
        ["POST schools/{SchoolCode}/scheduling/sections"] = """{"CourseID":"0618","Period":"1","Room":"12"}""",
        ["PUT schools/{SchoolCode}/scheduling/sections/{SectionNumber}"] = """{"CourseID":"0618","Period":"2","Room":"14"}""",
        ["POST schools/{SchoolCode}/students/{StudentID}/courserequests"] = """{"SectionNumber":0,"CourseID":"0618","PreferredTeacherNumber":0,"RejectCode":"","AlternateTag":"","ActualPrimaryCourseID":"","PermanentLockCode":"","AlternateCourseRequestReferences":[]}""",
        ["PUT schools/{SchoolCode}/students/{StudentID}/courserequests/{SequenceNumber}"] = """{"CourseID":"0617"}""",
        ["POST staff/{StaffID}/assignments"] = """{"AssignmentType":"certificated","JobClassificationCode":"12","FullTimePercentage":100,"NonClassroomBasedJobAssignmentCode1":"","SchoolCode":994,"StartDate":"2018-07-01","EndDate":null}""",
        ["PUT staff/{StaffID}/assignments/certificated/{SequenceNumber}"] = """{"JobClassificationCode":"12","FullTimePercentage":100,"EndDate":null}""",
        ["PUT staff/{StaffID}/assignments/classified/{SequenceNumber}"] = """{"JobClassificationCode":"12","FullTimePercentage":100,"EndDate":null}""",
        ["POST schools/{SchoolCode}/students/{StudentID}/alternatecourserequests"] = """{"CourseID":"0618","RelativePrioritySortOrder":1}""",
        ["PUT schools/{SchoolCode}/students/{StudentID}/alternatecourserequests/{SequenceNumber}"] = """{"CourseID":"0617"}""",
        ["PUT gradebooks/{GradebookNumber}/assignments/{AssignmentNumber}"] = Assignment,
        ["PUT gradebooks/Assignments/{UniqueID}"] = Assignment,
        ["POST gradebooks/{GradebookNumber}/Assignments"] = Assignment,
        ["POST gradebooks/{GradebookNumber}/assignments/{AssignmentNumber}/Scores"] = Scores,
        ["POST gradebooks/assignments/{UniqueID}/Scores"] = Scores,
    };

    // The article's assignment body, with the demo gradebook's category code.
    private const string Assignment = """{"Description":"Test the Aeries API","AssignmentCategoryCode":"T","DateAssigned":"2026-09-27","DateDue":"2026-10-17","NumberCorrectPossible":50,"PointsPossible":50,"Comment":"Make sure the Gradebook end points work","FormativeSummativeIndicator":"S","RubricAssignment":false,"ExternalID":"","CreateInLinkedGradebooksToo":true}""";

    private const string Scores = """[{"StudentID":99400001,"NumberCorrect":1},{"StudentID":99400001,"NumberCorrect":1,"DateCompleted":"2026/09/17"}]""";

    private RunningMock mock = null!;
    private RunningMock forbidding = null!;

    public static IEnumerable<object[]> Operations() => AeriesContract.All.Select(o => new object[] { o.Id });

    public async Task InitializeAsync()
    {
        // For each grant the contract names: a certificate with only that grant and one with everything else.
        var certificates = AeriesContract.All.Where(o => o.RequiredGrant is not null).Select(o => o.RequiredGrant!.Value).Distinct()
            .SelectMany(grant => new[]
            {
                new MockCertificate($"only {grant}", $"only {grant}", GrantSet.Of(grant), "test"),
                new MockCertificate($"all but {grant}", $"all but {grant}", RunningMock.Everything.Without(grant), "test"),
            })
            .Append(new MockCertificate("none", "no-permission", GrantSet.Empty, "test"))
            .ToList();
        mock = await RunningMock.StartAsync(new MockAeriesOptions { Scale = 200, Certificates = certificates });
        forbidding = await RunningMock.StartAsync(new MockAeriesOptions { Scale = 200, Certificates = certificates, Assumptions = new MockAssumptions { MissingPermissionStatusCode = 403 } });
    }

    public async Task DisposeAsync()
    {
        await mock.DisposeAsync();
        await forbidding.DisposeAsync();
    }

    [Fact]
    public void The_open_operations_are_exactly_those_the_articles_open()
    {
        var open = AeriesContract.All.Where(o => o.RequiredGrant is null).SelectMany(Forms).OrderBy(k => k, StringComparer.OrdinalIgnoreCase);

        Assert.Equal(OpenPaths.OrderBy(k => k, StringComparer.OrdinalIgnoreCase), open, StringComparer.OrdinalIgnoreCase);
        Assert.Equal(new[] { "GET systeminfo" }, AeriesContract.All.Where(o => !o.RequiresCertificate).Select(Key));
    }

    [Fact]
    public void A_contract_operation_without_a_handler_stops_the_mock_at_start()
    {
        var handlers = Endpoints.HandlerMap.Create(_ => null!).Handlers;
        var missing = handlers.Where(h => h.Key is not ("gradebook.get_final_mark_ranges" or "scheduling.get_staff_classes_sections")).ToDictionary(h => h.Key, h => h.Value);

        var error = Assert.Throws<InvalidOperationException>(() => new IlluminatePerms.MockAeries.Routing.RouteTable(AeriesContract.All, missing));

        Assert.Equal("The mock has no handler for the contract operations scheduling.get_staff_classes_sections, gradebook.get_final_mark_ranges.", error.Message);
        Assert.Equal(AeriesContract.All.Count, new IlluminatePerms.MockAeries.Routing.RouteTable(AeriesContract.All, handlers).Routes.Count);
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Without_a_certificate_only_systeminfo_answers(string id)
    {
        var operation = AeriesContract.Get(id);

        var answer = await Call(mock, operation, profile: null);

        if (Key(operation) == "GET systeminfo")
        {
            Assert.Equal(200, answer.Status);
        }
        else
        {
            Assert.True(answer.Status == 401, $"{Key(operation)} without a certificate: {answer.Status} {answer.Body}");
            Assert.Equal("The AERIES-CERT header is missing or is not a certificate of this district.", answer.Message);
        }
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task A_certificate_lacking_the_permission_is_refused_naming_area_and_access(string id)
    {
        var operation = AeriesContract.Get(id);
        if (operation.RequiredGrant is not { } grant)
        {
            // An open operation answers a certificate that has no permission at all.
            var open = await Call(mock, operation, "none");
            Assert.True(open.Status == operation.SuccessStatus, $"{Key(operation)} with a certificate without permissions: {open.Status} {open.Body}");
            return;
        }

        if (operation.Method == "DELETE" && operation.RowAreas.Count > 0)
        {
            // Deleting the assignments of both types from a date is refused for the rows of an area the
            // certificate lacks; the demo date has none to delete (StaffAssignmentTests checks the refusal).
            return;
        }

        foreach (var (server, status) in new[] { (mock, 401), (forbidding, 403) })
        {
            var answer = await Call(server, operation, $"all but {grant}");

            Assert.True(answer.Status == status, $"{Key(operation)} without {grant}: {answer.Status} {answer.Body}");
            Assert.Equal($"The district has not set permissions for \"{grant.Area.Name} {AccessText.Format(grant.Access)}\"", answer.Message);
        }
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task A_certificate_holding_only_the_permission_gets_the_documented_answer(string id)
    {
        var operation = AeriesContract.Get(id);

        var answer = await Call(mock, operation, operation.RequiredGrant is { } grant ? $"only {grant}" : "none");

        Assert.True(answer.Status == operation.SuccessStatus, $"{Key(operation)}: {answer.Status} {answer.Body}");
        if (operation.ResponseKind == AeriesResponseKind.Empty)
        {
            Assert.Equal(string.Empty, answer.Body);
            return;
        }

        Assert.Equal("application/json", answer.ContentType);
        var expected = operation.ResponseKind == AeriesResponseKind.Object ? JsonValueKind.Object : JsonValueKind.Array;
        Assert.True(answer.Json.ValueKind == expected, $"{Key(operation)} answered {answer.Json.ValueKind}, the contract says {operation.ResponseKind}: {answer.Body[..Math.Min(200, answer.Body.Length)]}");
    }

    public static IEnumerable<object[]> ReadsForAll() => AeriesContract.All.Where(o => o.Method == "GET" && o.ResponseKindForAll is not null && !o.HasSideEffects).Select(o => new object[] { o.Id });

    [Theory]
    [MemberData(nameof(ReadsForAll))]
    public async Task Leaving_out_the_identifier_or_sending_0_answers_an_array_of_the_scope(string id)
    {
        var operation = AeriesContract.Get(id);
        var grant = operation.RequiredGrant is { } g ? $"only {g}" : "none";
        var all = operation.AllRecordsParameter!;
        var forms = new List<string>();
        if (operation.OptionalParameter == all)
        {
            forms.Add(operation.Expand(DemoValues(operation, without: all, mock.Server)));
        }

        if (operation.ZeroMeansAll || operation.OptionalParameter == all)
        {
            var zero = DemoValues(operation, without: null, mock.Server);
            zero[all] = "0";
            forms.Add(operation.Expand(zero));
        }

        foreach (var path in forms)
        {
            mock.Server.Reset();
            var answer = await mock.Aeries.GetAsync(path, grant);
            Assert.True(answer.Status == 200, $"GET {path}: {answer.Status} {answer.Body}");
            Assert.True(answer.Json.ValueKind == JsonValueKind.Array, $"GET {path} answered {answer.Json.ValueKind}; without {all} the contract says an array.");
        }
    }

    private static Dictionary<string, string> DemoValues(AeriesOperation operation, string? without, MockAeriesServer server)
        => operation.Parameters.Where(p => p != without).ToDictionary(
            p => p,
            p => p == "UniqueID" ? server.Data.Default.GradebookState.Assignments(4366926)[0].UniqueID.ToString()
                : p == operation.SchoolYearParameter ? DemoPath.SchoolYear
                : DemoPath.Values[p]);

    [Fact]
    public async Task A_certificate_is_compared_case_sensitively()
    {
        var grant = new Grant("Student Data", AeriesAccess.Read);
        var upper = await mock.Aeries.SendWithCertificateAsync("schools/994/students/99400001", $"only {grant}".ToUpperInvariant());

        Assert.Equal(401, upper.Status);
        Assert.Equal("The AERIES-CERT header is missing or is not a certificate of this district.", upper.Message);
        Assert.Equal(200, (await mock.Aeries.SendWithCertificateAsync("schools/994/students/99400001", $"only {grant}")).Status);
    }

    /// <summary>"METHOD path" with the optional segment written as a plain one.</summary>
    private static string Key(AeriesOperation operation) => $"{operation.Method} {operation.PathTemplate.Replace("?}", "}", StringComparison.Ordinal)}";

    /// <summary>The forms an operation answers: with an optional trailing segment, both with and without it.</summary>
    private static IEnumerable<string> Forms(AeriesOperation operation)
    {
        yield return Key(operation);
        if (operation.PathTemplate.EndsWith("?}", StringComparison.Ordinal))
        {
            yield return $"{operation.Method} {operation.PathTemplate[..operation.PathTemplate.LastIndexOf('/')]}";
        }
    }

    private static async Task<AeriesAnswer> Call(RunningMock server, AeriesOperation operation, string? profile)
    {
        server.Server.Reset();
        var path = DemoPath.Fill(operation, server.Server);
        Bodies.TryGetValue(Key(operation), out var body);
        return await server.Aeries.SendAsync(new System.Net.Http.HttpMethod(operation.Method), path, profile, body);
    }
}
