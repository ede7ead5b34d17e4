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

    /// <summary>Finds and parses the spec among AdditionalFiles; null when there is none.</summary>
    public static SpecInCompilation? Load(AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var provider = options.AnalyzerConfigOptionsProvider;
        var specFileName = SpecFileSelector.SpecFileName(provider.GlobalOptions);

        var file = SpecFileSelector.InPriorityOrder(
                options.AdditionalFiles.Where(candidate => SpecFileSelector.IsSpec(candidate, provider.GetOptions(candidate), specFileName)),
                candidate => candidate.Path)
            .FirstOrDefault();
        var text = file?.GetText(cancellationToken);
        return file is null || text is null ? null : new SpecInCompilation(file.Path, SpecParser.Parse(text.ToString(), cancellationToken));
    }
}
