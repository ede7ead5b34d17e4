namespace IlluminatePerms.Generator.Model;

/// <summary>One valid spec row, as the emitter needs it.</summary>
/// <param name="AreaName">The area as Aeries spells it.</param>
/// <param name="Identifier">The C# name of the area's nested class.</param>
/// <param name="Group">The group Aeries shows the area under.</param>
/// <param name="ScreenOrder">The area's position on the Aeries screen.</param>
/// <param name="Access">The granted <c>AeriesAccess</c> flags, as an int.</param>
/// <param name="Reason">Why the product needs the grant.</param>
/// <param name="Line">The spec line of the row, 1-based.</param>
internal sealed record GrantRowModel(
    string AreaName,
    string Identifier,
    string Group,
    int ScreenOrder,
    int Access,
    string Reason,
    int Line);
