using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using IlluminatePerms.Checking;
using IlluminatePerms.Client;
using IlluminatePerms.Connection;
using IlluminatePerms.MockAeries;
using Microsoft.Extensions.DependencyInjection;

namespace IlluminatePerms.Cli.Commands.Check;

/// <summary>
/// The score the demo writes back to prove Gradebook Scores: Update: one that exists on the bundled
/// mock, found through the typed client with the mock's "demo" certificate (which reads every area,
/// whatever the spec), so the certificate under check is not what finds it. The mock is ours:
/// nothing real is written, and against a district only --prove-score-write writes.
/// </summary>
internal static class DemoScoreProof
{
    /// <summary>Teachers looked at before giving up: the mock gives most teachers a gradebook with scores.</summary>
    private const int TeachersTried = 10;

    /// <summary>Finds a gradebook, an assignment of it and a student with an entered score on it (one with a completion date).</summary>
    /// <exception cref="CliException">The mock has no score to rewrite (a fault of the demo data).</exception>
    public static async Task<ScoreWriteProof> FindAsync(MockAeriesServer mock, CancellationToken cancellationToken)
    {
        var services = new ServiceCollection();
        services.AddAeriesClient(AeriesBaseUrl.Parse(mock.BaseUrl.AbsoluteUri), AeriesCertificate.Parse(mock.Certificate("demo").Value));
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<IAeriesClient>();

        var tried = 0;
        foreach (var school in await client.GetSchoolsAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (tried >= TeachersTried)
            {
                break;
            }

            foreach (var teacher in (await client.GetTeachersAsync(school.SchoolCode, cancellationToken: cancellationToken).ConfigureAwait(false)).Where(t => t.StaffID1 > 0))
            {
                if (tried == TeachersTried)
                {
                    break;
                }

                tried++;

                foreach (var gradebook in await client.GetStaffGradebooksAsync(teacher.StaffID1, cancellationToken).ConfigureAwait(false))
                {
                    foreach (var assignment in await client.GetAssignmentsAsync(gradebook.GradebookNumber, cancellationToken: cancellationToken).ConfigureAwait(false))
                    {
                        var scores = await client.GetAssignmentScoresAsync(gradebook.GradebookNumber, assignment.AssignmentNumber, cancellationToken: cancellationToken).ConfigureAwait(false);
                        if (scores.FirstOrDefault(s => s.DateCompleted is not null) is { } score)
                        {
                            return new ScoreWriteProof(gradebook.GradebookNumber, assignment.AssignmentNumber, score.StudentID);
                        }
                    }
                }
            }
        }

        throw new CliException($"the bundled mock has no entered score (one with a completion date) to write back for the demo's write proof (looked at {tried} teacher(s)); this is a fault of illuminate-perms, please report it.");
    }
}
