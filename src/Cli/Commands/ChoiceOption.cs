using System;
using System.CommandLine;
using System.Linq;

namespace IlluminatePerms.Cli.Commands;

/// <summary>
/// An option that takes one of a few words (--format, --demo), shown and checked in the words the
/// docs use: System.CommandLine's own enum parsing names the .NET type and capitalises the values.
/// </summary>
internal static class ChoiceOption
{
    /// <summary>Creates the option; any case is accepted, <see cref="Value"/> gives the choice as listed.</summary>
    public static Option<string> Create(string name, string description, string[] choices)
    {
        var option = new Option<string>(name)
        {
            Description = description,
            HelpName = string.Join('|', choices),
            DefaultValueFactory = _ => choices[0],
        };
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (!choices.Contains(value, StringComparer.OrdinalIgnoreCase))
            {
                result.AddError($"{name} '{value}' is not one of {string.Join(", ", choices)}.");
            }
        });
        return option;
    }

    /// <summary>The choice given (or the default), spelled as listed.</summary>
    public static string Value(ParseResult parsed, Option<string> option, string[] choices)
    {
        var value = parsed.GetValue(option)!;
        return choices.First(choice => string.Equals(choice, value, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The enum member named by the choice given (choices are the members' names in lower case).</summary>
    public static TEnum Value<TEnum>(ParseResult parsed, Option<string> option)
        where TEnum : struct, Enum
        => Enum.Parse<TEnum>(parsed.GetValue(option)!, ignoreCase: true);
}
