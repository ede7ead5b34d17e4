using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using IlluminatePerms.Tests.Shared;

namespace IlluminatePerms.Runtime.Tests.Packaging;

/// <summary>The MSBuild files that make up a project of the checkout, as the packaging rules read them.</summary>
internal static class ProjectFiles
{
    /// <summary>
    /// The project file, the files it imports by relative path (imports through properties are not
    /// followed) and the Directory.Build files of its folder and the folders above it in the checkout.
    /// </summary>
    public static IEnumerable<string> Of(string project)
    {
        var directory = Path.GetDirectoryName(project)!;
        return ImportedByRelativePath(project).Prepend(project).Concat(DirectoryBuildFilesAbove(directory));
    }

    private static IEnumerable<string> ImportedByRelativePath(string project)
        => XDocument.Load(project).Descendants()
            .Where(element => element.Name.LocalName == "Import")
            .Select(element => (string?)element.Attribute("Project") ?? string.Empty)
            .Where(path => path.Length > 0 && !path.Contains("$(", System.StringComparison.Ordinal))
            .Select(path => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(project)!, path.Replace('\\', Path.DirectorySeparatorChar))));

    private static IEnumerable<string> DirectoryBuildFilesAbove(string directory)
    {
        for (var folder = new DirectoryInfo(directory); folder is not null && folder.FullName.Length >= RepositoryRoot.Path.Length; folder = folder.Parent)
        {
            foreach (var name in new[] { "Directory.Build.props", "Directory.Build.targets" })
            {
                var path = Path.Combine(folder.FullName, name);
                if (File.Exists(path))
                {
                    yield return path;
                }
            }
        }
    }
}
