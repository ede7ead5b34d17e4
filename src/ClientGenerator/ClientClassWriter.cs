using System.Collections.Generic;
using IlluminatePerms.Contract;

namespace IlluminatePerms.ClientGenerator;

/// <summary>
/// Writes the <c>AeriesClient</c> methods of the contract rows that state them: each looks its
/// operation up and hands it, with the placeholder values, to the client's read for its answer kind.
/// </summary>
internal static class ClientClassWriter
{
    public static string Write(IReadOnlyList<AeriesOperation> operations)
        => ClientSource.Write("public sealed partial class AeriesClient", operations, Member);

    private static string Member(AeriesOperation operation, ClientMethod method, ClientMethodShape shape)
        => "    /// <inheritdoc />\n"
            + ClientMethodSignature.Attributes(operation, "    ")
            + $"    public {ClientMethodSignature.Declaration(method, shape)}\n"
            + "    {\n"
            + Body(operation, method, shape)
            + "    }\n";

    /// <summary>The statements: a read hands the operation to the read of its answer kind; a write sends its body once.</summary>
    private static string Body(AeriesOperation operation, ClientMethod method, ClientMethodShape shape)
    {
        var id = OperationIdNames.Reference(operation.Id);
        var record = $"AeriesJsonContext.Default.{method.RecordType}";
        switch (method.Answer)
        {
            case ClientAnswer.Written:
                var body = method.Body!;
                return $"        ArgumentNullException.ThrowIfNull({body.Name});\n"
                    + $"        return WriteRecordAsync(Operation({id}), {shape.Values}, {body.Name}, AeriesJsonContext.Default.{body.Type}, {record}, cancellationToken);\n";
            case ClientAnswer.Deleted:
                return $"        return DeleteRecordsAsync(Operation({id}), {shape.Values}, cancellationToken);\n";
            default:
                var read = method.Answer switch
                {
                    ClientAnswer.One => "GetAsync",
                    ClientAnswer.List => "ListAsync",
                    ClientAnswer.Page => "PageAsync",
                    _ => "StreamAsync",
                };
                var query = method.Answer == ClientAnswer.Stream ? " null," : string.Empty;
                return $"        var operation = Operation({id});\n"
                    + $"        return {read}(operation, {shape.Values},{query} {record}, cancellationToken);\n";
        }
    }
}
