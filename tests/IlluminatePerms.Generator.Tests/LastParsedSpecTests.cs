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

    private static readonly MethodInfo ParseMethod = typeof(GrantsGenerator).Assembly
        .GetType("IlluminatePerms.Generator.LastParsedSpec", throwOnError: true)!
        .GetMethod("Parse", BindingFlags.Public | BindingFlags.Static)!;

    [Fact]
    public void The_same_text_is_parsed_once_and_a_changed_text_anew()
    {
        var spec = GeneratorHarness.RealSpec;
        var first = Parse(spec);

        // Equal text in another string (as the analyzer reads it): the same parse.
        Assert.Same(first, Parse(new string(spec.ToCharArray())));

        var changed = Parse(spec + "Other,Fees and Fines,Read,billing\n");
        Assert.NotSame(first, changed);
        Assert.Equal(Rows(first) + 1, Rows(changed));
        Assert.Same(changed, Parse(spec + "Other,Fees and Fines,Read,billing\n"));
    }

    private static object Parse(string text) => ParseMethod.Invoke(null, new object[] { text, CancellationToken.None })!;

    private static int Rows(object spec) => ((ICollection)spec.GetType().GetProperty("Rows")!.GetValue(spec)!).Count;
}

/// <summary>Runs <see cref="LastParsedSpecTests"/> on its own, after the parallel tests.</summary>
[CollectionDefinition(LastParsedSpecTests.Collection, DisableParallelization = true)]
public sealed class LastParsedSpecCollection
{
}
