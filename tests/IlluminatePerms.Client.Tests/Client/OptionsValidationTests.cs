using System;
using IlluminatePerms.Client;
using Xunit;

namespace IlluminatePerms.Client.Tests.Client;

/// <summary>Each option's range, at its edges, and the message that names the option.</summary>
public sealed class OptionsValidationTests
{
    [Theory]
    [InlineData(nameof(AeriesClientOptions.PageSize), 0, "AeriesClientOptions.PageSize must be 1 to 10,000, not 0.")]
    [InlineData(nameof(AeriesClientOptions.PageSize), 10_001, "AeriesClientOptions.PageSize must be 1 to 10,000, not 10001.")]
    [InlineData(nameof(AeriesClientOptions.MaxResponseBytes), 1023, "AeriesClientOptions.MaxResponseBytes must be at least 1,024.")]
    [InlineData(nameof(AeriesClientOptions.MaxRecordBytes), 1023, "AeriesClientOptions.MaxRecordBytes must be at least 1,024 and MaxStreamedRecords at least 1.")]
    [InlineData(nameof(AeriesClientOptions.MaxStreamedRecords), 0, "AeriesClientOptions.MaxRecordBytes must be at least 1,024 and MaxStreamedRecords at least 1.")]
    [InlineData(nameof(AeriesClientOptions.MaxWriteAttempts), 0, "AeriesClientOptions.MaxWriteAttempts must be 1 to 10, not 0.")]
    [InlineData(nameof(AeriesClientOptions.MaxWriteAttempts), 11, "AeriesClientOptions.MaxWriteAttempts must be 1 to 10, not 11.")]
    [InlineData(nameof(AeriesClientOptions.AttemptTimeout), 0, "AeriesClientOptions.AttemptTimeout and TotalRequestTimeout must be positive.")]
    [InlineData(nameof(AeriesClientOptions.TotalRequestTimeout), 0, "AeriesClientOptions.AttemptTimeout and TotalRequestTimeout must be positive.")]
    [InlineData(nameof(AeriesClientOptions.TotalRequestTimeout), -1, "AeriesClientOptions.AttemptTimeout and TotalRequestTimeout must be positive.")]
    public void A_value_out_of_range_is_refused_naming_the_option(string option, long value, string message)
    {
        var error = Assert.Throws<InvalidOperationException>(() => With(option, value).Validate());

        Assert.Equal(message, error.Message);
    }

    [Theory]
    [InlineData(nameof(AeriesClientOptions.PageSize), 1)]
    [InlineData(nameof(AeriesClientOptions.PageSize), 10_000)]
    [InlineData(nameof(AeriesClientOptions.MaxResponseBytes), 1024)]
    [InlineData(nameof(AeriesClientOptions.MaxRecordBytes), 1024)]
    [InlineData(nameof(AeriesClientOptions.MaxStreamedRecords), 1)]
    [InlineData(nameof(AeriesClientOptions.MaxWriteAttempts), 1)]
    [InlineData(nameof(AeriesClientOptions.MaxWriteAttempts), 10)]
    [InlineData(nameof(AeriesClientOptions.AttemptTimeout), 1)]
    [InlineData(nameof(AeriesClientOptions.TotalRequestTimeout), 1)]
    public void The_edges_of_each_range_are_taken(string option, long value)
    {
        With(option, value).Validate();
    }

    // Timeouts are given in ticks, so that one row can state the smallest positive one.
    private static AeriesClientOptions With(string option, long value)
    {
        var options = new AeriesClientOptions();
        switch (option)
        {
            case nameof(AeriesClientOptions.PageSize): options.PageSize = (int)value; break;
            case nameof(AeriesClientOptions.MaxResponseBytes): options.MaxResponseBytes = value; break;
            case nameof(AeriesClientOptions.MaxRecordBytes): options.MaxRecordBytes = value; break;
            case nameof(AeriesClientOptions.MaxStreamedRecords): options.MaxStreamedRecords = (int)value; break;
            case nameof(AeriesClientOptions.MaxWriteAttempts): options.MaxWriteAttempts = (int)value; break;
            case nameof(AeriesClientOptions.AttemptTimeout): options.AttemptTimeout = TimeSpan.FromTicks(value); break;
            case nameof(AeriesClientOptions.TotalRequestTimeout): options.TotalRequestTimeout = TimeSpan.FromTicks(value); break;
            default: throw new ArgumentOutOfRangeException(nameof(option), option, "not an option of this test");
        }

        return options;
    }
}
