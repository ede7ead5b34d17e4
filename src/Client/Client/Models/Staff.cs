using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace IlluminatePerms.Client.Models;

/// <summary>A staff member (Staff Data).</summary>
public sealed class Staff
{
    /// <summary>Staff ID, e.g. 994605.</summary>
    [JsonPropertyName("ID")]
    public int ID { get; init; }

    /// <summary>First name.</summary>
    [JsonPropertyName("FirstName")]
    public string? FirstName { get; init; }

    /// <summary>Last name.</summary>
    [JsonPropertyName("LastName")]
    public string? LastName { get; init; }

    /// <summary>Middle name.</summary>
    [JsonPropertyName("MiddleName")]
    public string? MiddleName { get; init; }

    /// <summary>E-mail address.</summary>
    [JsonPropertyName("EmailAddress")]
    public string? EmailAddress { get; init; }

    /// <summary>User name.</summary>
    [JsonPropertyName("UserName")]
    public string? UserName { get; init; }

    /// <summary>Network login.</summary>
    [JsonPropertyName("NetworkLoginID")]
    public string? NetworkLoginID { get; init; }

    /// <summary>Primary school code.</summary>
    [JsonPropertyName("PrimaryAeriesSchool")]
    public int PrimaryAeriesSchool { get; init; }

    /// <summary>Blank when active.</summary>
    [JsonPropertyName("InactiveStatusCode")]
    public string? InactiveStatusCode { get; init; }

    /// <summary>Hire date.</summary>
    [JsonPropertyName("HireDate")]
    public DateTime? HireDate { get; init; }

    /// <summary>Leave date.</summary>
    [JsonPropertyName("LeaveDate")]
    public DateTime? LeaveDate { get; init; }

    /// <summary>State educator ID.</summary>
    [JsonPropertyName("StateEducatorID")]
    public string? StateEducatorID { get; init; }

    /// <summary>Schools the staff member can reach.</summary>
    [JsonPropertyName("SchoolAccessPermissions")]
    public IReadOnlyList<SchoolAccessPermission> SchoolAccessPermissions { get; init; } = Array.Empty<SchoolAccessPermission>();

    /// <summary>District-defined name/value pairs.</summary>
    [JsonPropertyName("ExtendedProperties")]
    public IReadOnlyList<ExtendedProperty> ExtendedProperties { get; init; } = Array.Empty<ExtendedProperty>();
}

/// <summary>A school a staff member can reach.</summary>
public sealed class SchoolAccessPermission
{
    /// <summary>School code.</summary>
    [JsonPropertyName("SchoolCode")]
    public int SchoolCode { get; init; }

    /// <summary>Read-only.</summary>
    [JsonPropertyName("ReadOnlyAccess")]
    public bool ReadOnlyAccess { get; init; }

    /// <summary>In the communication group.</summary>
    [JsonPropertyName("CommunicationGroup")]
    public bool CommunicationGroup { get; init; }
}
