using IlluminatePerms.Contract;
using Microsoft.CodeAnalysis;

namespace IlluminatePerms.ClientGenerator;

/// <summary>
/// Writes, from <see cref="AeriesContract"/>'s rows (compiled into this generator), the operation id
/// constants into the assembly that defines the contract, and the typed client's operation methods
/// into the assembly that defines <c>AeriesClient</c>.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class OperationSourceGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // Only which of the two types this assembly defines matters: a bool pair, cached across edits.
        var defines = context.CompilationProvider.Select(static (compilation, _) => (
            Contract: compilation.Assembly.GetTypeByMetadataName("IlluminatePerms.Contract.AeriesContract") is not null,
            Client: compilation.Assembly.GetTypeByMetadataName("IlluminatePerms.Client.AeriesClient") is not null));
        context.RegisterSourceOutput(defines, static (output, defined) =>
        {
            if (defined.Contract)
            {
                output.AddSource("AeriesOperationIds.g.cs", OperationIdsWriter.Write(AeriesContract.All));
            }

            if (defined.Client)
            {
                output.AddSource("IAeriesClient.Operations.g.cs", ClientInterfaceWriter.Write(AeriesContract.All));
                output.AddSource("AeriesClient.Operations.g.cs", ClientClassWriter.Write(AeriesContract.All));
            }
        });
    }
}
