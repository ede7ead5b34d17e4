using System.Collections.Generic;
using System.Text.Json;
using IlluminatePerms.MockAeries.Data;
using IlluminatePerms.MockAeries.Http;

namespace IlluminatePerms.MockAeries.Endpoints;

/// <summary>Reads the supplemental update body: "Columns" as one object (the article's example) or as an array of them.</summary>
internal static class SupplementalChanges
{
    public static List<SupplementalColumnUpdate> Read(ApiContext context)
    {
        using var body = context.BodyDocument();
        if (body.RootElement.ValueKind != JsonValueKind.Object || !body.RootElement.TryGetProperty("Columns", out var columns))
        {
            throw ApiProblem.BadRequest("The body must be an object with \"Columns\".");
        }

        var changes = new List<SupplementalColumnUpdate>();
        if (columns.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in columns.EnumerateArray())
            {
                changes.Add(One(item));
            }
        }
        else
        {
            changes.Add(One(columns));
        }

        return changes.Count > 0 ? changes : throw ApiProblem.BadRequest("\"Columns\" names no column.");
    }

    private static SupplementalColumnUpdate One(JsonElement column)
        => column.ValueKind == JsonValueKind.Object && column.TryGetProperty("ColumnCode", out var code) && code.ValueKind == JsonValueKind.String
            ? new SupplementalColumnUpdate(code.GetString(), column.TryGetProperty("NewValue", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null)
            : throw ApiProblem.BadRequest("Each column needs a \"ColumnCode\".");
}
