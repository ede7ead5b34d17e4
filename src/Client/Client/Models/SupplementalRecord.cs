using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using IlluminatePerms.Client.Json;

namespace IlluminatePerms.Client.Models;

/// <summary>A student's supplemental data (Supplemental Data, District Supplemental Data).</summary>
public sealed class SupplementalRecord
{
    /// <summary>Student ID.</summary>
    [JsonPropertyName("StudentID")]
    public int StudentID { get; init; }

    /// <summary>The district-defined columns.</summary>
    [JsonPropertyName("Columns")]
    public IReadOnlyList<SupplementalColumn> Columns { get; init; } = Array.Empty<SupplementalColumn>();
}

/// <summary>A supplemental column and its value.</summary>
public sealed class SupplementalColumn
{
    /// <summary>Column code.</summary>
    [JsonPropertyName("ColumnCode")]
    public string? ColumnCode { get; init; }

    /// <summary>Column description.</summary>
    [JsonPropertyName("ColumnDescription")]
    public string? ColumnDescription { get; init; }

    /// <summary>Value as text.</summary>
    [JsonPropertyName("Value")]
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? Value { get; init; }

    /// <summary>SQL type, e.g. "varchar".</summary>
    [JsonPropertyName("ColumnType")]
    public string? ColumnType { get; init; }
}
