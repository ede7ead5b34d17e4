using System;
using System.Globalization;

namespace IlluminatePerms.Client.Tests.Harness;

/// <summary>Runs the code of a <c>using</c> block in another culture (a German machine's, say) and restores the one before.</summary>
internal sealed class CultureScope : IDisposable
{
    private readonly CultureInfo before = CultureInfo.CurrentCulture;

    public CultureScope(string name) => CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);

    public void Dispose() => CultureInfo.CurrentCulture = before;
}
