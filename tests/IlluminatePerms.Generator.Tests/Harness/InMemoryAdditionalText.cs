using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace IlluminatePerms.Generator.Tests.Harness;

/// <summary>An AdditionalFiles item held in memory, optionally with the encoding the compiler decoded it with.</summary>
internal sealed class InMemoryAdditionalText(string path, SourceText source) : AdditionalText
{
    public InMemoryAdditionalText(string path, string text)
        : this(path, SourceText.From(text))
    {
    }

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => source;
}
