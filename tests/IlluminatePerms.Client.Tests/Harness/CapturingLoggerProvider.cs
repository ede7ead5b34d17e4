using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.Logging;

namespace IlluminatePerms.Client.Tests.Harness;

/// <summary>Keeps every formatted log line (and its exception) of every category, at every level.</summary>
internal sealed class CapturingLoggerProvider : ILoggerProvider, ILoggerFactory
{
    private readonly ConcurrentQueue<string> lines = new();

    public IReadOnlyList<string> Lines => lines.ToList();

    /// <summary>The lines of one category, each as "Level: message" (and its exception, if any).</summary>
    public IReadOnlyList<string> Messages(string category)
        => Lines.Where(line => line.StartsWith(category + " ", StringComparison.Ordinal)).Select(line => line[(category.Length + 1)..].TrimEnd()).ToList();

    /// <summary>The client's lines (<see cref="AeriesClient"/>'s category), each as "Level: message".</summary>
    public IReadOnlyList<string> ClientMessages => Messages(typeof(AeriesClient).FullName!);

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, lines);

    public void AddProvider(ILoggerProvider provider)
    {
    }

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull
        {
            lines.Enqueue($"{category} scope: {state}");
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            => lines.Enqueue($"{category} {logLevel}: {formatter(state, exception)} {exception}");
    }
}
