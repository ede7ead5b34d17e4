using System;
using System.IO;
using System.Linq;
using Basic.Reference.Assemblies;
using IlluminatePerms.Grants;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace IlluminatePerms.Analyzers.Tests.Harness;

/// <summary>What every analyzer and code fix test shares: offline references and a fake Aeries client.</summary>
internal static class AnalyzerTestSetup
{
    public const string SpecFile = "/project/permissions.csv";

    public const string Header = "Group,Table/Program Area,Permission Needed,Reason\n";

    /// <summary>A client shaped like the runtime's: members that declare the grant they need.</summary>
    public const string Client = """
        using System.Threading.Tasks;
        using IlluminatePerms.Grants;

        namespace Vendor
        {
            public interface IScores
            {
                [RequiresGrant("Gradebook Scores", AeriesAccess.Update)]
                Task UpdateScoresAsync(int gradebook);
            }

            public class AeriesClient : IScores
            {
                [RequiresGrant("Student Data", AeriesAccess.Read)]
                public AeriesClient(string certificate) { }

                [RequiresGrant("Student Data", AeriesAccess.Read)]
                public Task GetStudentsAsync(int school) => Task.CompletedTask;

                public Task UpdateScoresAsync(int gradebook) => Task.CompletedTask;

                [RequiresGrant("Gradebook Data", AeriesAccess.Read)]
                public virtual Task GetGradebookAsync(int gradebook) => Task.CompletedTask;

                [RequiresGrant("Staff Data", AeriesAccess.Read)]
                public string StaffName => "x";

                public Task SystemInfoAsync() => Task.CompletedTask;
            }

            [RequiresGrant("Student Pictures", AeriesAccess.Read)]
            public class PictureClient
            {
                public Task GetPictureAsync(int student) => Task.CompletedTask;
            }

            public static class ClientExtensions
            {
                [RequiresGrant("Transcripts", AeriesAccess.Read)]
                public static Task GetTranscriptAsync(this AeriesClient client, int student) => Task.CompletedTask;
            }
        }
        """;

    public static readonly ReferenceAssemblies NoPackages = new(string.Empty);

    public static MetadataReference[] References { get; } =
        Net100.References.All.Append(MetadataReference.CreateFromFile(typeof(GrantSet).Assembly.Location)).ToArray();

    public static string RealSpec { get; } = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Spec", "permissions.csv"));
}
