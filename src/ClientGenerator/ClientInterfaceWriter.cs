using System.Collections.Generic;
using System.Text;
using IlluminatePerms.Contract;

namespace IlluminatePerms.ClientGenerator;

/// <summary>Writes the <c>IAeriesClient</c> methods of the contract rows that state them, with their documentation.</summary>
internal static class ClientInterfaceWriter
{
    public static string Write(IReadOnlyList<AeriesOperation> operations)
        => ClientSource.Write("public partial interface IAeriesClient", operations, Member);

    private static string Member(AeriesOperation operation, ClientMethod method, ClientMethodShape shape)
    {
        var code = new StringBuilder();
        var grant = operation.RequiredGrant is { } needed ? needed.ToString() : "no permission";
        code.AppendLine($"    /// <summary>{Xml.Escape(method.Summary)} <c>{operation.Method} {Xml.Escape(shape.Path)}</c> ({Xml.Escape(grant)}).</summary>");
        foreach (var parameter in shape.Parameters)
        {
            code.AppendLine($"    /// <param name=\"{parameter.Name}\">{Xml.Escape(parameter.Doc)}</param>");
        }

        // A paged read sends one request per page.
        code.AppendLine($"    /// <param name=\"cancellationToken\">Cancels the {(method.Answer == ClientAnswer.Page ? "requests" : "request")}.</param>");
        if (method.Answer == ClientAnswer.Stream)
        {
            code.AppendLine("    /// <exception cref=\"Errors.AeriesRecordTooLargeException\">A record was larger than <see cref=\"AeriesClientOptions.MaxRecordBytes\"/>.</exception>");
            code.AppendLine("    /// <exception cref=\"Errors.AeriesUnexpectedAnswerException\">The answer held more than <see cref=\"AeriesClientOptions.MaxStreamedRecords\"/> records.</exception>");
        }

        code.Append(ClientMethodSignature.Attributes(operation, "    "));
        code.AppendLine($"    {ClientMethodSignature.Declaration(method, shape)};");
        return code.ToString();
    }
}
