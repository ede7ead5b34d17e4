using System.CommandLine;
using IlluminatePerms.Cli.Checking;

namespace IlluminatePerms.Cli.Commands.BaseUrl;

/// <summary><c>base-url TEXT</c>: the normalized base URL, or why the text is not one.</summary>
internal static class BaseUrlCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliEnvironment environment)
    {
        var text = new Argument<string>("text") { Description = "What the admin pasted (the sign-in page, an API URL, a host)." };
        var command = new Command("base-url", "Prints the normalized Aeries base URL of what was pasted, or says why it is not one.") { text };
        command.SetAction(parsed =>
        {
            if (PastedBaseUrl.TryParse(parsed.GetValue(text)!, out var url, out var error))
            {
                environment.Out.WriteLine(url.ToString());
                environment.Out.WriteLine($"API: {url.ApiUrl}");
                return ExitCodes.Success;
            }

            environment.Error.WriteLine($"error: {error}");
            return ExitCodes.Error;
        });
        return command;
    }
}
