using System;
using IlluminatePerms.Cli.Files;
using IlluminatePerms.Connection;
using Spectre.Console;

namespace IlluminatePerms.Cli.Checking;

/// <summary>
/// Where the certificate of a real district comes from: --cert-file, the AERIES_CERT environment
/// variable, or a hidden prompt on a terminal. Never an argument: process lists would show it.
/// </summary>
internal static class CertificateSource
{
    /// <summary>The environment variable that holds the certificate.</summary>
    public const string Variable = "AERIES_CERT";

    /// <summary>Reads the certificate from the first source given.</summary>
    /// <exception cref="CliException">No source, an unreadable file, or a value that is not a certificate (never shown).</exception>
    public static AeriesCertificate Read(string? certFile, CliEnvironment environment)
    {
        string text;
        string origin;
        if (certFile is not null)
        {
            text = CappedFile.ReadText(certFile, "certificate file", CappedFile.CertificateCap, "Save the certificate from Display Certificate Details in a file and give its path.");
            origin = $"the file {certFile}";
        }
        else if (environment.GetVariable(Variable) is { Length: > 0 } variable)
        {
            text = variable;
            origin = $"the {Variable} environment variable";
        }
        else if (environment.IsInteractive)
        {
            text = Prompt(environment.Terminal);
            if (string.IsNullOrWhiteSpace(text))
            {
                throw new CliException($"no certificate was typed at the prompt: paste the one from Display Certificate Details, or set {Variable} or give --cert-file PATH.");
            }

            origin = "the prompt";
        }
        else
        {
            throw new CliException(environment.GetVariable(Variable) is null
                ? $"no certificate: set {Variable} or give --cert-file PATH (a plain argument would show it in process lists)."
                : $"{Variable} is set but empty: put the certificate from Display Certificate Details in it, or give --cert-file PATH.");
        }

        try
        {
            return AeriesCertificate.Parse(text);
        }
        catch (FormatException exception)
        {
            throw new CliException($"the certificate from {origin} is not usable: {exception.Message}", exception);
        }
    }

    /// <summary>Asks at the terminal; what is typed shows as mask characters, never as text.</summary>
    private static string Prompt(IAnsiConsole terminal)
        // AllowEmpty: an empty answer ends with a clear error instead of asking again forever.
        => terminal.Prompt(new TextPrompt<string>("Aeries certificate (input hidden):").Secret().AllowEmpty());
}
