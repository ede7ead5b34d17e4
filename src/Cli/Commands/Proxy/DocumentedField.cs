namespace IlluminatePerms.Cli.Commands.Proxy;

/// <summary>A field of a client record model: the JSON kinds the client reads it from, and the record's fields when it holds records.</summary>
/// <param name="Name">The JSON name, as the model spells it.</param>
/// <param name="Kinds">The JSON kinds the client's model accepts for it.</param>
/// <param name="Described">How the kinds read in a finding, e.g. "a number (or a numeric string)".</param>
/// <param name="Record">The nested record's fields, when the field holds a record or a list of records; null otherwise.</param>
internal sealed record DocumentedField(string Name, JsonKinds Kinds, string Described, DocumentedRecord? Record);
