namespace IlluminatePerms.Contract;

/// <summary>The body a typed client's write sends: its type of <c>IlluminatePerms.Client.Models</c>, parameter name and documentation.</summary>
internal sealed class ClientBody
{
    public ClientBody(string type, string name, string doc)
    {
        Type = type;
        Name = name;
        Doc = doc;
    }

    /// <summary>The body's record type (and <c>AeriesJsonContext</c> property), e.g. <c>StaffAssignmentInput</c>.</summary>
    public string Type { get; }

    /// <summary>The C# parameter name, e.g. <c>assignment</c>.</summary>
    public string Name { get; }

    /// <summary>The parameter's documentation.</summary>
    public string Doc { get; }
}
