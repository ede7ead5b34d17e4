using System;
using System.CommandLine;
using IlluminatePerms.MockAeries.Server;

// dotnet run --project src/MockAeries.Server -- [--config FILE] [--port 5080] [--spec PATH] [--scale N] [--fault …] [--assume …] (docs/cli.md, "mock")
var root = MockServerCommand.Configure(new RootCommand("An offline Aeries v5 API with certificate security, for IlluminatePerms and its tests."), Console.Out, Console.Error);

// Give the server time to stop cleanly after Ctrl+C before the process exits.
return await root.Parse(args).InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = TimeSpan.FromSeconds(10) });
