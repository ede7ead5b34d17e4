using IlluminatePerms.Spec;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace IlluminatePerms.Generator;

/// <summary>Turns a position in the spec into a Roslyn location in that AdditionalFile.</summary>
internal static class SpecLocation
{
    public static Location Create(string path, SourceSpan span) => Create(path, span.Offset, span.Length, span.Line, span.Column, span.EndLine, span.EndColumn);

    public static Location Create(string path, int offset, int length, int line, int column, int endLine, int endColumn)
        => Location.Create(
            path,
            new TextSpan(offset, length),
            new LinePositionSpan(new LinePosition(line - 1, column - 1), new LinePosition(endLine - 1, endColumn - 1)));
}
