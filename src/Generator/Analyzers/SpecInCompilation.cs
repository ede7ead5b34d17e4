using System.Linq;
using System.Threading;
using IlluminatePerms.Spec;
using Microsoft.CodeAnalysis.Diagnostics;

namespace IlluminatePerms.Generator.Analyzers;

/// <summary>The permission spec of a compilation, read once at compilation start.</summary>
internal sealed class SpecInCompilation
{
    private SpecInCompilation(string path, PermissionSpec spec)
    {
        Path = path;
        FileName = System.IO.Path.GetFileName(path);
        Spec = spec;
    }

    public string Path { get; }

    public string FileName { get; }

    public PermissionSpec Spec { get; }

    /// <summary>
    /// Finds and parses the spec among AdditionalFiles. Null when there is none, or when the file
    /// holds nothing but white space (an empty file asks for no grant by accident, not by intent);
    /// <paramref name="absence"/> then says which, for the message.
    /// </summary>
    public static SpecInCompilation? Load(AnalyzerOptions options, CancellationToken cancellationToken, out string absence)
    {
        var provider = options.AnalyzerConfigOptionsProvider;
        var specFileName = SpecFileSelector.SpecFileName(provider.GlobalOptions);

        var file = SpecFileSelector.InPriorityOrder(
                options.AdditionalFiles.Where(candidate => SpecFileSelector.IsSpec(candidate, provider.GetOptions(candidate), specFileName)),
                candidate => candidate.Path)
            .FirstOrDefault();
        var text = file?.GetText(cancellationToken)?.ToString();
        if (file is null || text is null)
        {
            absence = $"the permission spec '{specFileName}' is not among AdditionalFiles (no such file in the project folder?)";
            return null;
        }

        if (SpecFileSelector.IsBlank(text))
        {
            absence = $"the permission spec '{System.IO.Path.GetFileName(file.Path)}' is empty";
            return null;
        }

        absence = string.Empty;
        return new SpecInCompilation(file.Path, LastParsedSpec.Parse(text, cancellationToken));
    }
}
