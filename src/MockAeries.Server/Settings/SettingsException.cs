using System;

namespace IlluminatePerms.MockAeries.Server.Settings;

/// <summary>A setting the mock cannot start with: the message names the key (and, in a file, where).</summary>
internal sealed class SettingsException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SettingsException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
