using System;

namespace IlluminatePerms.Spec;

/// <summary>
/// A stretch of the spec text: character offset and length, and the 1-based line and column where
/// it starts and ends. Diagnostics, the generator's doc comments and the code fix all point here.
/// </summary>
#if BUILDING_SOURCE_GENERATOR
internal readonly struct SourceSpan : IEquatable<SourceSpan>
#else
public readonly struct SourceSpan : IEquatable<SourceSpan>
#endif
{
    /// <summary>Creates a span.</summary>
    public SourceSpan(int offset, int length, int line, int column, int endLine, int endColumn)
    {
        Offset = offset;
        Length = length;
        Line = line;
        Column = column;
        EndLine = endLine;
        EndColumn = endColumn;
    }

    /// <summary>Character offset of the start, 0-based.</summary>
    public int Offset { get; }

    /// <summary>Length in characters.</summary>
    public int Length { get; }

    /// <summary>Line of the start, 1-based.</summary>
    public int Line { get; }

    /// <summary>Column of the start, 1-based, counted in UTF-16 characters.</summary>
    public int Column { get; }

    /// <summary>Line of the end, 1-based.</summary>
    public int EndLine { get; }

    /// <summary>Column just past the end, 1-based.</summary>
    public int EndColumn { get; }

    /// <inheritdoc />
    public bool Equals(SourceSpan other)
        => Offset == other.Offset && Length == other.Length && Line == other.Line && Column == other.Column
           && EndLine == other.EndLine && EndColumn == other.EndColumn;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SourceSpan other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => unchecked((Offset * 397) ^ Length);

    /// <summary>"(line,column)", as compilers print locations.</summary>
    public override string ToString() => $"({Line},{Column})";
}
