using System;
using System.Linq;
using System.Net.Http;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using IlluminatePerms.Tests.Shared.Hostile;
using Xunit;

namespace IlluminatePerms.Cli.Tests.Proxy;

/// <summary>
/// Everything <c>proxy</c> prints for one session of scripted traffic, compared whole: what an
/// integrator reads line by line and attaches to a report. The district answers each path its own way
/// (clean, a wrong type, a record of unknown fields, a list of fifty-one, a redirect, refusals, a
/// status or a kind the contract does not document, a page, bodies that are not JSON); times and the
/// port are the only parts replaced before the comparison.
/// </summary>
public sealed partial class ProxyTranscriptTests
{
    private const string Certificate = "0123456789abcdef0123456789abcdef";

    // Written in the order a reader of the line expects them; the district answers by the first key the path contains.
    private static readonly (string Path, HostileAnswer Answer)[] District =
    [
        ("/students/7", HostileAnswers.Json(200, "[{\"StudentID\":\"12\",\"FirstName\":null,\"Pronouns\":\"they\"},{\"StudentID\":true},{\"Nothing\":1,\"Else\":2},7]")),
        ("/students/8", HostileAnswers.Json(200, "[" + string.Join(",", Enumerable.Repeat("{\"StudentID\":1}", 50)) + ",{\"StudentID\":\"fifty-one\"}]")),
        ("/students/9", HostileAnswers.Json(401, "{\"Message\":\"no\"}")),
        ("/students/10", HostileAnswers.Json(403, "{\"Message\":\"no\"}")),
        ("/schools/994/teachers", HostileAnswers.SignInPage()),
        ("/schools/994/sections", HostileAnswers.Json(200, "")),
        ("/schools/994/contacts", HostileAnswers.Json(200, "[] []")),
        ("/schools/994/gpas", HostileAnswers.Raw(200, "[]", "")),
        ("/schools/994/InsertStudent", HostileAnswers.Json(200, "{\"StudentID\":1}")),
        ("/gradebooks/5/Assignments", HostileAnswers.Json(200, "[]")),
        ("/assignments/certificated", HostileAnswers.Raw(200, "x", "text/plain")),
        ("/schools/994", HostileAnswers.Json(200, "{\"SchoolCode\":994,\"Terms\":[{\"TermCode\":5},\"T\",{\"Odd\\nName\":1}],\"A" + new string('x', 70) + "\":1}")),
        ("/schools", HostileAnswers.Redirect(302, "http://127.0.0.1:9/elsewhere")),
    ];

    [Fact]
    public async Task A_session_prints_one_line_per_request_and_a_summary_that_says_what_was_and_was_not_checked()
    {
        await using var district = HostileServer.Start(HostileAnswers.ByPath(HostileAnswers.Json(404, "{}"), District));
        await using var proxy = await ProxyRun.StartAsync(district.BaseUrl);

        await SendAsync(proxy, HttpMethod.Get, "api/v5/schools/994/students/7");
        await SendAsync(proxy, HttpMethod.Get, "api/v5/schools/994/students/8");
        await SendAsync(proxy, HttpMethod.Get, "api/v5/schools/994/students/9");
        await SendAsync(proxy, HttpMethod.Get, "api/v5/schools/994/students/10");
        await SendAsync(proxy, HttpMethod.Post, "api/v5/schools/994/InsertStudent", "{\"FirstName\":\"A\"}");
        await SendAsync(proxy, HttpMethod.Get, "api/v5/schools/994/teachers");
        await SendAsync(proxy, HttpMethod.Get, "api/v5/schools/994/sections");
        await SendAsync(proxy, HttpMethod.Get, "api/v5/schools/994/contacts");
        await SendAsync(proxy, HttpMethod.Get, "api/v5/schools/994/gpas");
        await SendAsync(proxy, HttpMethod.Post, "api/v5/gradebooks/5/Assignments", "[]");
        await SendAsync(proxy, HttpMethod.Delete, "api/v5/staff/3/assignments/certificated/2");
        await SendAsync(proxy, HttpMethod.Get, "api/v5/schools/994");
        await SendAsync(proxy, HttpMethod.Get, "api/v5/schools");
        await SendAsync(proxy, HttpMethod.Get, "api/v5/nothing-here");
        await SendAsync(proxy, HttpMethod.Get, "schools/994/students");
        var result = await proxy.StopAsync();

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(ExpectedOut, Normalized(result.Out, proxy.Url, district.BaseUrl));
        Assert.Equal(ExpectedError, Normalized(result.Error, proxy.Url, district.BaseUrl));
    }

    private static async Task SendAsync(ProxyRun proxy, HttpMethod method, string path, string? json = null)
    {
        using var answer = await proxy.SendAsync(method, path, Certificate, json);
        await answer.Content.ReadAsByteArrayAsync();
    }

    private static string Normalized(string text, Uri proxyUrl, Uri districtUrl)
        => Milliseconds().Replace(text.Replace("\r\n", "\n", StringComparison.Ordinal), "N ms")
            .Replace(proxyUrl.AbsoluteUri, "PROXY/", StringComparison.Ordinal)
            .Replace(districtUrl.AbsoluteUri, "DISTRICT/", StringComparison.Ordinal);

    [GeneratedRegex(@"\d+\.\d ms")]
    private static partial Regex Milliseconds();

    private const string ExpectedOut =
        """
        Proxy for DISTRICT/ listening on PROXY/   (point the integration's base URL here)
        200 GET schools/{SchoolCode}/students/{StudentID?}  students.get_student_information  Student Data: Read  N ms; contract finding: [].StudentID is true or false (documented: a number); contract finding: a record at [] with none of the documented fields of Student (documented: Student's fields); contract finding: an element of [] is a number (documented: a Student object); note: fields the contract does not know: Student.Else, Student.Nothing, Student.Pronouns
        200 GET schools/{SchoolCode}/students/{StudentID?}  students.get_student_information  Student Data: Read  N ms
        401 GET schools/{SchoolCode}/students/{StudentID?}  students.get_student_information  Student Data: Read  N ms; not checked: status 401 is a refusal or an error, not a record
        403 GET schools/{SchoolCode}/students/{StudentID?}  students.get_student_information  Student Data: Read  N ms; not checked: status 403 is a refusal or an error, not a record
        200 POST schools/{SchoolCode}/InsertStudent  students.create_student_information_create  Student Data: Read, Insert  N ms; contract finding: status 200 (documented: status 201)
        200 GET schools/{SchoolCode}/teachers/{TeacherNumber?}  staff.get_teachers  Teacher Data: Read  N ms; contract finding: Content-Type text/html; charset=utf-8 (documented: JSON); contract finding: a body that is not JSON (documented: a JSON array)
        200 GET schools/{SchoolCode}/sections/{SectionNumber?}  scheduling.get_sections_from_master_schedule  Master Schedule: Read  N ms; contract finding: an empty body (documented: a JSON array)
        200 GET schools/{SchoolCode}/contacts/{StudentID?}  students.get_contacts  Contacts: Read  N ms; contract finding: a body that is not JSON (documented: a JSON array)
        200 GET schools/{SchoolCode}/gpas/{StudentID?}  grades.get_student_gp_as  Student Data: Read  N ms; contract finding: Content-Type missing (documented: JSON)
        200 POST gradebooks/{GradebookNumber}/Assignments  gradebook.create_inserting_a_new_assignment  Gradebook Data: Update  N ms; contract finding: status 200 (documented: status 201, assumed)
        200 DELETE staff/{StaffID}/assignments/certificated/{SequenceNumber}  staff.delete_staff_certificated_assignment  Staff Job Assignments: Delete  N ms; contract finding: status 200 (documented: status 204); contract finding: a body of 1 bytes (documented: no body)
        200 GET schools/{SchoolCode?}  schools.get_school_information  no permission  N ms; contract finding: Terms[].TermCode is a number (documented: a string or null); contract finding: an element of Terms[] is a string (documented: a Term object); contract finding: a record at Terms[] with none of the documented fields of Term (documented: Term's fields); note: fields the contract does not know: School.Axxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…, Term.Odd Name
        302 GET schools/{SchoolCode?}  schools.get_school_information  no permission  N ms; not checked: a redirect, passed back unchanged
        404 GET api/v5/nothing-here  (no operation of the contract)  N ms; contract finding: GET api/v5/nothing-here (status 404) (documented: no operation of the contract has this method and path)
        200 GET schools/994/students  (no operation of the contract)  N ms; contract finding: GET schools/994/students (status 200) (documented: no operation of the contract has this method and path)

        # illuminate-perms proxy: summary

        15 request(s), 9 operation(s) of the contract.

        ## Grants the traffic exercised

        - Student Data: Read, Insert (6 request(s), 2 refused with 401/403)
        - Contacts: Read (1 request(s), 0 refused with 401/403)
        - Gradebook Data: Update (1 request(s), 0 refused with 401/403)
        - Teacher Data: Read (1 request(s), 0 refused with 401/403)
        - Staff Job Assignments: Delete (1 request(s), 0 refused with 401/403)
        - Master Schedule: Read (1 request(s), 0 refused with 401/403)

        As spec rows (permissions.csv):

        ```csv
        Group,Table/Program Area,Permission Needed,Reason
        Student Data,Student Data,"Read, Insert","Seen in proxied traffic: grades.get_student_gp_as, students.create_student_information_create, students.get_student_information"
        Student Programs,Contacts,Read,Seen in proxied traffic: students.get_contacts
        Gradebook,Gradebook Data,Update,Seen in proxied traffic: gradebook.create_inserting_a_new_assignment
        Scheduling,Teacher Data,Read,Seen in proxied traffic: staff.get_teachers
        Scheduling,Staff Job Assignments,Delete,Seen in proxied traffic: staff.delete_staff_certificated_assignment
        Scheduling,Master Schedule,Read,Seen in proxied traffic: scheduling.get_sections_from_master_schedule
        ```

        ## Contract findings

        | Operation | Path template | Seen | Documented | Requests |
        |---|---|---|---|---|
        | (none) | `GET api/v5/nothing-here` | GET api/v5/nothing-here (status 404) | no operation of the contract has this method and path | 1 |
        | (none) | `GET schools/994/students` | GET schools/994/students (status 200) | no operation of the contract has this method and path | 1 |
        | gradebook.create_inserting_a_new_assignment | `POST gradebooks/{GradebookNumber}/Assignments` | status 200 | status 201, assumed | 1 |
        | grades.get_student_gp_as | `GET schools/{SchoolCode}/gpas/{StudentID?}` | Content-Type missing | JSON | 1 |
        | scheduling.get_sections_from_master_schedule | `GET schools/{SchoolCode}/sections/{SectionNumber?}` | an empty body | a JSON array | 1 |
        | schools.get_school_information | `GET schools/{SchoolCode?}` | Terms[].TermCode is a number | a string or null | 1 |
        | schools.get_school_information | `GET schools/{SchoolCode?}` | a record at Terms[] with none of the documented fields of Term | Term's fields | 1 |
        | schools.get_school_information | `GET schools/{SchoolCode?}` | an element of Terms[] is a string | a Term object | 1 |
        | staff.delete_staff_certificated_assignment | `DELETE staff/{StaffID}/assignments/certificated/{SequenceNumber}` | a body of 1 bytes | no body | 1 |
        | staff.delete_staff_certificated_assignment | `DELETE staff/{StaffID}/assignments/certificated/{SequenceNumber}` | status 200 | status 204 | 1 |
        | staff.get_teachers | `GET schools/{SchoolCode}/teachers/{TeacherNumber?}` | Content-Type text/html; charset=utf-8 | JSON | 1 |
        | staff.get_teachers | `GET schools/{SchoolCode}/teachers/{TeacherNumber?}` | a body that is not JSON | a JSON array | 1 |
        | students.create_student_information_create | `POST schools/{SchoolCode}/InsertStudent` | status 200 | status 201 | 1 |
        | students.get_contacts | `GET schools/{SchoolCode}/contacts/{StudentID?}` | a body that is not JSON | a JSON array | 1 |
        | students.get_student_information | `GET schools/{SchoolCode}/students/{StudentID?}` | [].StudentID is true or false | a number | 1 |
        | students.get_student_information | `GET schools/{SchoolCode}/students/{StudentID?}` | a record at [] with none of the documented fields of Student | Student's fields | 1 |
        | students.get_student_information | `GET schools/{SchoolCode}/students/{StudentID?}` | an element of [] is a number | a Student object | 1 |

        ## Fields the contract does not know (noted, not errors)

        - School.Axxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx… (in schools.get_school_information)
        - Student.Else (in students.get_student_information)
        - Student.Nothing (in students.get_student_information)
        - Student.Pronouns (in students.get_student_information)
        - Term.Odd Name (in schools.get_school_information)

        """;

    private const string ExpectedError =
        """
        Serving until Ctrl+C.
        Stopping: finishing the requests under way.

        """;
}
