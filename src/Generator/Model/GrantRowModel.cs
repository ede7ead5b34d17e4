namespace IlluminatePerms.Generator.Model;

/// <summary>
/// One valid spec row, as the emitter needs it. Nothing positional (no line number): an edit that
/// moves a row without changing it leaves the emitted source as it was.
/// </summary>
/// <param name="AreaName">The area as Aeries spells it.</param>
/// <param name="Identifier">The C# name of the area's nested class.</param>
/// <param name="Group">The group Aeries shows the area under.</param>
/// <param name="Access">The granted <c>AeriesAccess</c> flags, as an int.</param>
/// <param name="Reason">Why the product needs the grant.</param>
/// <param name="Features">The features the row serves, as written in its Feature field (the checklist names them).</param>
internal sealed record GrantRowModel(
    string AreaName,
    string Identifier,
    string Group,
    int Access,
    string Reason,
    EquatableArray<string> Features);
