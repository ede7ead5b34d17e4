namespace IlluminatePerms.Contract;

/// <summary>
/// How the typed client takes one path placeholder, where that differs from the default: an
/// <c>int</c> named after the placeholder (<c>StudentID</c>: <c>studentId</c>), documented as "The StudentID."
/// </summary>
internal sealed class ClientParameter
{
    public ClientParameter(string placeholder, string? type, string? name, string? doc, bool required, bool omitted)
    {
        Required = required;
        Omitted = omitted;
        Placeholder = placeholder;
        Type = type;
        Name = name;
        Doc = doc;
    }

    /// <summary>Whether the method always sends a placeholder the path lets callers leave out (the method that reads one record).</summary>
    public bool Required { get; }

    /// <summary>Whether the method never sends this optional placeholder (the method that reads every record).</summary>
    public bool Omitted { get; }

    /// <summary>The placeholder of the path, e.g. <c>HRID</c>.</summary>
    public string Placeholder { get; }

    /// <summary>The C# type without nullability (an optional placeholder makes it nullable); null: <c>int</c>.</summary>
    public string? Type { get; }

    /// <summary>The C# parameter name; null: the placeholder's, camel-cased.</summary>
    public string? Name { get; }

    /// <summary>The parameter's documentation; null: "The {Placeholder}.", plus "(omitted: all)" when it may be left out.</summary>
    public string? Doc { get; }
}
