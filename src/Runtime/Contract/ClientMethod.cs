using System;
using System.Collections.Generic;

namespace IlluminatePerms.Contract;

/// <summary>
/// What the typed client needs beyond an operation's method, path and grant to state its method:
/// src/ClientGenerator turns each into an <c>IAeriesClient</c> and an <c>AeriesClient</c> method.
/// </summary>
internal sealed class ClientMethod
{
    public ClientMethod(string name, ClientAnswer answer, string recordType, string summary, IReadOnlyList<ClientParameter>? parameters, ClientBody? body = null)
    {
        Body = body;
        Name = name;
        Answer = answer;
        RecordType = recordType;
        Summary = summary;
        Parameters = parameters ?? Array.Empty<ClientParameter>();
    }

    /// <summary>The C# method name, e.g. <c>GetStudentsAsync</c>.</summary>
    public string Name { get; }

    /// <summary>One record, a list, pages or a stream.</summary>
    public ClientAnswer Answer { get; }

    /// <summary>The record type of <c>IlluminatePerms.Client.Models</c> (and of <c>AeriesJsonContext</c>), e.g. <c>Student</c>.</summary>
    public string RecordType { get; }

    /// <summary>The documentation's first sentence; the generator adds the method, path and grant.</summary>
    public string Summary { get; }

    /// <summary>The body a <see cref="ClientAnswer.Written"/> method sends; null for the others.</summary>
    public ClientBody? Body { get; }

    /// <summary>The placeholders taken otherwise than as an <c>int</c> named after them.</summary>
    public IReadOnlyList<ClientParameter> Parameters { get; }
}
