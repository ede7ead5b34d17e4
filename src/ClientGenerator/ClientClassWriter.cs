using System.Collections.Generic;
using System.Text;
using IlluminatePerms.Contract;

namespace IlluminatePerms.ClientGenerator;

/// <summary>
/// Writes the <c>AeriesClient</c> methods of the contract rows that state them: each looks its
/// operation up and hands it, with the placeholder values, to the client's read for its answer kind.
/// </summary>
internal static class ClientClassWriter
{
    public static string Write(IReadOnlyList<AeriesOperation> operations)
    {
        var code = new StringBuilder(ClientSource.Header);
        code.AppendLine("using IlluminatePerms.Client.Json;");
        code.AppendLine();
        code.AppendLine("public sealed partial class AeriesClient");
        code.AppendLine("{");
        var first = true;
        foreach (var operation in operations)
        {
            foreach (var method in operation.ClientMethods)
            {
                if (!first)
                {
                    code.AppendLine();
                }

                first = false;
                var shape = ClientMethodShape.Of(operation, method);
                var read = method.Answer switch
                {
                    ClientAnswer.One => "GetAsync",
                    ClientAnswer.List => "ListAsync",
                    ClientAnswer.Page => "PageAsync",
                    _ => "StreamAsync",
                };
                var query = method.Answer == ClientAnswer.Stream ? " null," : string.Empty;
                code.AppendLine("    /// <inheritdoc />");
                code.Append(ClientMethodSignature.Attributes(operation, "    "));
                code.AppendLine($"    public {ClientMethodSignature.Declaration(method, shape)}");
                code.AppendLine("    {");
                code.AppendLine($"        var operation = Operation({OperationIdNames.Reference(operation.Id)});");
                code.AppendLine($"        return {read}(operation, {shape.Values},{query} AeriesJsonContext.Default.{method.RecordType}, cancellationToken);");
                code.AppendLine("    }");
            }
        }

        code.AppendLine("}");
        return code.ToString();
    }
}
