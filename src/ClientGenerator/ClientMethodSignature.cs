using System.Linq;
using IlluminatePerms.Contract;
using IlluminatePerms.Grants;

namespace IlluminatePerms.ClientGenerator;

/// <summary>What the interface and the class both state of a client method: attributes, return type, name and parameters.</summary>
internal static class ClientMethodSignature
{
    public static string ReturnType(ClientMethod method) => method.Answer switch
    {
        ClientAnswer.One => $"Task<{method.RecordType}>",
        ClientAnswer.List => $"Task<IReadOnlyList<{method.RecordType}>>",
        ClientAnswer.Written => $"Task<{method.RecordType}>",
        ClientAnswer.Deleted => "Task",
        _ => $"IAsyncEnumerable<{method.RecordType}>",
    };

    /// <summary><c>[AeriesOperation(...)]</c> and, when the row needs one, <c>[RequiresGrant(...)]</c>: the analyzers read the grant there.</summary>
    public static string Attributes(AeriesOperation operation, string indent)
    {
        var attributes = $"{indent}[AeriesOperation({OperationIdNames.Reference(operation.Id)})]\n";
        if (operation.RequiredGrant is { } grant)
        {
            attributes += $"{indent}[RequiresGrant(\"{grant.Area.Name}\", {Access(grant.Access)})]\n";
        }

        return attributes;
    }

    public static string Declaration(ClientMethod method, ClientMethodShape shape)
        => $"{ReturnType(method)} {method.Name}({string.Concat(shape.Parameters.Select(parameter => parameter.Declaration + ", "))}CancellationToken cancellationToken = default)";

    private static string Access(AeriesAccess access)
    {
        var columns = new[] { AeriesAccess.Read, AeriesAccess.Insert, AeriesAccess.Update, AeriesAccess.Delete }
            .Where(column => (access & column) != 0)
            .Select(column => $"AeriesAccess.{column}");
        return string.Join(" | ", columns);
    }
}
