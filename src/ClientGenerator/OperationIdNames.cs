using System.Text;

namespace IlluminatePerms.ClientGenerator;

/// <summary>The C# names of an operation id: <c>students.get_programs</c> is <c>Students.GetPrograms</c>.</summary>
internal static class OperationIdNames
{
    /// <summary>The nested class of the id's article group, e.g. <c>Students</c>.</summary>
    public static string Group(string id) => Pascal(id.Substring(0, id.IndexOf('.')));

    /// <summary>The constant within the group, e.g. <c>GetPrograms</c>.</summary>
    public static string Member(string id) => Pascal(id.Substring(id.IndexOf('.') + 1));

    /// <summary>The constant as code reads it, e.g. <c>global::IlluminatePerms.Contract.AeriesOperationIds.Students.GetPrograms</c>.</summary>
    public static string Reference(string id) => $"global::IlluminatePerms.Contract.AeriesOperationIds.{Group(id)}.{Member(id)}";

    private static string Pascal(string snake)
    {
        var name = new StringBuilder(snake.Length);
        foreach (var word in snake.Split('_'))
        {
            if (word.Length > 0)
            {
                name.Append(char.ToUpperInvariant(word[0])).Append(word, 1, word.Length - 1);
            }
        }

        return name.ToString();
    }
}
