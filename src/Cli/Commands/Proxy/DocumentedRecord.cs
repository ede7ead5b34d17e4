using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.Json.Serialization;
using IlluminatePerms.Client.Json;

namespace IlluminatePerms.Cli.Commands.Proxy;

/// <summary>
/// The documented fields of one client record model (src/Runtime/Client/Models), read by reflection
/// over its properties and their <see cref="JsonPropertyNameAttribute"/>: the names and JSON kinds the
/// typed client reads. Names compare without case, as the client's JSON options do.
/// </summary>
internal sealed class DocumentedRecord
{
    private readonly Dictionary<string, DocumentedField> fields;

    private DocumentedRecord(Type type)
    {
        Name = type.Name;
        fields = new Dictionary<string, DocumentedField>(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The model's name, e.g. "Student".</summary>
    public string Name { get; }

    /// <summary>The field called <paramref name="name"/>, or null when the model has none.</summary>
    public DocumentedField? Field(string name) => fields.GetValueOrDefault(name);

    /// <summary>The fields of <paramref name="type"/>; records met again (a cycle) share one instance.</summary>
    public static DocumentedRecord Of(Type type) => Of(type, new Dictionary<Type, DocumentedRecord>());

    private static DocumentedRecord Of(Type type, Dictionary<Type, DocumentedRecord> seen)
    {
        if (seen.TryGetValue(type, out var known))
        {
            return known;
        }

        var record = new DocumentedRecord(type);
        seen[type] = record;
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetCustomAttribute<JsonIgnoreAttribute>() is not null || property.GetIndexParameters().Length > 0)
            {
                continue;
            }

            var name = property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? property.Name;
            record.fields[name] = Describe(name, property, seen);
        }

        return record;
    }

    private static DocumentedField Describe(string name, PropertyInfo property, Dictionary<Type, DocumentedRecord> seen)
    {
        var nullable = new NullabilityInfoContext().Create(property).ReadState != NullabilityState.NotNull;
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        nullable |= type != property.PropertyType;
        var converter = property.GetCustomAttribute<JsonConverterAttribute>()?.ConverterType;
        var (kinds, described, record) = converter == typeof(FlexibleStringConverter)
            ? (JsonKinds.String | JsonKinds.Number | JsonKinds.Boolean, "a string or a number", null)
            : KindsOf(type, seen);
        // A converter the check does not know reads what it likes: only its presence is documented.
        if (converter is not null && converter != typeof(FlexibleStringConverter))
        {
            (kinds, described) = (JsonKinds.Any, "any value");
        }

        return new DocumentedField(name, nullable ? kinds | JsonKinds.Null : kinds, nullable ? described + " or null" : described, record);
    }

    private static (JsonKinds Kinds, string Described, DocumentedRecord? Record) KindsOf(Type type, Dictionary<Type, DocumentedRecord> seen)
    {
        if (type == typeof(string) || type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(DateOnly) || type == typeof(TimeOnly) || type == typeof(Guid) || type == typeof(char))
        {
            return (JsonKinds.String, "a string", null);
        }

        if (type == typeof(bool))
        {
            return (JsonKinds.Boolean, "true or false", null);
        }

        if (type.IsEnum || IsNumber(type))
        {
            // The client reads numbers from strings too (its JSON options allow it).
            return (JsonKinds.Number | JsonKinds.NumericString, "a number", null);
        }

        if (ElementOf(type) is { } element)
        {
            return (JsonKinds.Array, "an array", IsRecord(element) ? Of(element, seen) : null);
        }

        return IsRecord(type) ? (JsonKinds.Object, "an object", Of(type, seen)) : (JsonKinds.Any, "any value", null);
    }

    private static bool IsNumber(Type type)
        => Type.GetTypeCode(type) is TypeCode.Byte or TypeCode.SByte or TypeCode.Int16 or TypeCode.UInt16 or TypeCode.Int32 or TypeCode.UInt32
            or TypeCode.Int64 or TypeCode.UInt64 or TypeCode.Single or TypeCode.Double or TypeCode.Decimal;

    /// <summary>A model of the client: a class of its Models namespace.</summary>
    internal static bool IsRecord(Type type) => type.IsClass && type.Namespace == typeof(Client.Models.Student).Namespace;

    /// <summary>The element type of a list or array, or null.</summary>
    internal static Type? ElementOf(Type type)
    {
        if (type.IsArray)
        {
            return type.GetElementType();
        }

        if (type == typeof(string) || !type.IsGenericType)
        {
            return null;
        }

        var definition = type.GetGenericTypeDefinition();
        return definition == typeof(IReadOnlyList<>) || definition == typeof(List<>) || definition == typeof(IEnumerable<>)
            || definition == typeof(IList<>) || definition == typeof(ICollection<>) || definition == typeof(IReadOnlyCollection<>)
            || definition == typeof(IAsyncEnumerable<>)
            ? type.GetGenericArguments()[0]
            : null;
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
