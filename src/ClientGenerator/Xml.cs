namespace IlluminatePerms.ClientGenerator;

/// <summary>Text made safe for an XML documentation comment.</summary>
internal static class Xml
{
    public static string Escape(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
}
