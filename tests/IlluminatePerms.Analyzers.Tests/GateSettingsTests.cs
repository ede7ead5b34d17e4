using System.Threading.Tasks;
using IlluminatePerms.Analyzers.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static IlluminatePerms.Analyzers.Tests.Harness.AnalyzerTestSetup;

namespace IlluminatePerms.Analyzers.Tests;

/// <summary>
/// The gate fails closed: code that uses [RequiresGrant] members without a spec (missing, named
/// wrongly, empty) fails with one error; IlluminatePermsGate=false turns the gate off on purpose.
/// (Which projects get which default is the props file's job: see the real-build tests.)
/// </summary>
public class GateSettingsTests
{
    private const string Uses = """
        class Sync
        {
            System.Threading.Tasks.Task Run(Vendor.AeriesClient client) => client.GetStudentsAsync(994);
        }
        """;

    private const string NoUse = "class Nothing { }";

    private const string WhatToDo = "Put permissions.csv in the project folder, name the spec with <IlluminatePermsSpecFile>, or add it as <AdditionalFiles Include=\"path/permissions.csv\" />; to build without the gate on purpose, set <IlluminatePermsGate>false</IlluminatePermsGate>.";

    [Fact]
    public Task Using_grants_without_a_spec_is_one_error_that_says_what_to_do()
        => Verify.AnalyzerAsync(
            Uses,
            spec: null,
            new DiagnosticResult("IP0003", DiagnosticSeverity.Error)
                .WithMessage("Members with [RequiresGrant] are used but the permission spec 'permissions.csv' is not among AdditionalFiles (no such file in the project folder?), so no call can be checked. " + WhatToDo));

    [Theory]
    [InlineData("")]
    [InlineData("\r\n  \n")]
    public Task An_empty_spec_file_is_one_error_too_not_an_error_at_every_call(string empty)
        => Verify.AnalyzerAsync(
            Uses,
            empty,
            new DiagnosticResult("IP0003", DiagnosticSeverity.Error)
                .WithMessage("Members with [RequiresGrant] are used but the permission spec 'permissions.csv' is empty, so no call can be checked. " + WhatToDo));

    [Fact]
    public async Task A_misspelt_IlluminatePermsSpecFile_is_one_error_naming_the_file_it_looked_for()
    {
        var test = Verify.Analyzer(
            Uses,
            Header + "Student Data,Student Data,Read,r\n",
            new DiagnosticResult("IP0003", DiagnosticSeverity.Error)
                .WithMessage("Members with [RequiresGrant] are used but the permission spec 'permisions.csv' is not among AdditionalFiles (no such file in the project folder?), so no call can be checked. " + WhatToDo));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.IlluminatePermsSpecFile = permisions.csv\n"));
        await test.RunAsync();
    }

    [Fact]
    public Task Without_a_spec_and_without_any_use_it_is_one_warning()
        => Verify.AnalyzerAsync(
            NoUse,
            spec: null,
            new DiagnosticResult("IP1001", DiagnosticSeverity.Warning)
                .WithMessage("The IlluminatePerms gate is on but the permission spec 'permissions.csv' is not among AdditionalFiles (no such file in the project folder?); no member with [RequiresGrant] is used yet. " + WhatToDo));

    [Theory]
    [InlineData("false")]
    [InlineData(" FALSE ")]
    public async Task IlluminatePermsGate_false_checks_nothing(string value)
    {
        const string MissingGrantAndUnknownArea = """
            using IlluminatePerms.Grants;

            class Sync
            {
                [RequiresGrant("Contcts", AeriesAccess.Read)]
                void Contacts() { }

                System.Threading.Tasks.Task Run(Vendor.AeriesClient client) => client.GetStudentsAsync(994);
            }
            """;
        foreach (var spec in new[] { null, Header + "Gradebook,Gradebook Data,Read,r\n" })
        {
            var test = Verify.Analyzer(MissingGrantAndUnknownArea, spec);
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", $"is_global = true\nbuild_property.IlluminatePermsGate = {value}\n"));
            await test.RunAsync();
        }
    }

    [Fact]
    public async Task IlluminatePermsGate_true_or_unset_checks()
    {
        foreach (var config in new[] { "is_global = true\nbuild_property.IlluminatePermsGate = true\n", "is_global = true\n" })
        {
            var test = Verify.Analyzer(
                """
                class Sync
                {
                    System.Threading.Tasks.Task Run(Vendor.AeriesClient client) => {|#0:client.GetStudentsAsync(994)|};
                }
                """,
                Header + "Gradebook,Gradebook Data,Read,r\n",
                Verify.MissingGrant(0, "AeriesClient.GetStudentsAsync", "Student Data: Read"));
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", config));
            await test.RunAsync();
        }
    }

    [Fact]
    public async Task The_fix_carrier_is_hidden_and_not_raised_by_bulk_or_specific_configuration()
    {
        // What `dotnet format` sees: IP0005 stays Hidden, so it is never fixed by routine formatting.
        var test = Verify.Analyzer(
            """
            class Sync
            {
                System.Threading.Tasks.Task Run(Vendor.AeriesClient client) => {|#0:client.GetStudentsAsync(994)|};
            }
            """,
            Header + "Gradebook,Gradebook Data,Read,r\n",
            Verify.MissingGrant(0, "AeriesClient.GetStudentsAsync", "Student Data: Read"));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n[*.cs]\ndotnet_analyzer_diagnostic.severity = warning\ndotnet_diagnostic.IP0005.severity = error\ndotnet_analyzer_diagnostic.category-IlluminatePerms.Usage.severity = warning\n"));
        await test.RunAsync();
    }
}
