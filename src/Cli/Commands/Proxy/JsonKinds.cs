using System;

namespace IlluminatePerms.Cli.Commands.Proxy;

/// <summary>The JSON value kinds a documented field may hold.</summary>
[Flags]
internal enum JsonKinds
{
    /// <summary>None.</summary>
    None = 0,

    /// <summary>A JSON string.</summary>
    String = 1,

    /// <summary>A JSON number.</summary>
    Number = 2,

    /// <summary>true or false.</summary>
    Boolean = 4,

    /// <summary>A JSON object.</summary>
    Object = 8,

    /// <summary>A JSON array.</summary>
    Array = 16,

    /// <summary>null.</summary>
    Null = 32,

    /// <summary>A string that reads as a number (the client reads numbers from strings).</summary>
    NumericString = 64,

    /// <summary>Anything (a type the check does not describe).</summary>
    Any = String | Number | Boolean | Object | Array | Null,
}
