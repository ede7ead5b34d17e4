using System.Collections;
using System.Reflection;
using System.Threading;
using IlluminatePerms.Generator.Tests.Harness;
using Xunit;

namespace IlluminatePerms.Generator.Tests;

/// <summary>The analyzer reuses the generator's parse of the same spec text (one process-wide entry).</summary>
[Collection(Collection)]
public class LastParsedSpecTests
{
    /// <summary>Alone: any other test that parses a spec replaces the one entry.</summary>
    public const string Collection = "Last parsed spec";

    private static readonly System.Type LastParsedSpecType = typeof(GrantsGenerator).Assembly
        .GetType("IlluminatePerms.Generator.LastParsedSpec", throwOnError: true)!;

    private static readonly MethodInfo ParseMethod = LastParsedSpecType.GetMethod("Parse", BindingFlags.Public | BindingFlags.Static)!;

    [Fact]
    public void The_same_text_is_parsed_once_and_a_changed_text_anew()
    {
        var spec = GeneratorHarness.RealSpec;
        var first = Parse(spec);

        // Equal text in another string (as the analyzer reads it): the same parse.
        Assert.Same(first, Parse(new string(spec.ToCharArray())));

        var changed = Parse(spec + "Other,Fees and Fines,Read,billing,\n");
        Assert.NotSame(first, changed);
        Assert.Equal(Rows(first) + 1, Rows(changed));
        Assert.Same(changed, Parse(spec + "Other,Fees and Fines,Read,billing,\n"));
    }

    [Fact]
    public void The_first_parse_in_a_process_and_a_text_changed_only_in_letter_case_are_parsed_anew()
    {
        // As in a fresh compiler process: nothing parsed yet.
        LastParsedSpecType.GetField("last", BindingFlags.NonPublic | BindingFlags.Static)!.SetValue(null, null);
        var spec = GeneratorHarness.RealSpec + "Other,Fees and Fines,Read,billing,\n";
        var first = Parse(spec);
        Assert.Same(first, Parse(spec));

        // The reason's letter case is part of the spec (it appears in the generated docs): not the same text.
        var recased = Parse(spec.Replace(",billing,\n", ",Billing,\n", System.StringComparison.Ordinal));
        Assert.NotSame(first, recased);
        Assert.Equal(Rows(first), Rows(recased));
    }

    private static object Parse(string text) => ParseMethod.Invoke(null, new object[] { text, CancellationToken.None })!;

    private static int Rows(object spec) => ((ICollection)spec.GetType().GetProperty("Rows")!.GetValue(spec)!).Count;
}

/// <summary>Runs <see cref="LastParsedSpecTests"/> on its own, after the parallel tests.</summary>
[CollectionDefinition(LastParsedSpecTests.Collection, DisableParallelization = true)]
public sealed class LastParsedSpecCollection
{
}
