using System;
using IlluminatePerms.Cli;

return await CliApp.RunAsync(args, CliEnvironment.FromProcess());
