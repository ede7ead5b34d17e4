using System;
using System.Net.Http;
using System.Threading.Tasks;
using IlluminatePerms.Client.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace IlluminatePerms.Client.Resilience;

/// <summary>
/// The retry, circuit-breaker and timeout pipeline of Aeries requests: reads are retried on 5xx,
/// 429 and timeouts with exponential backoff and jitter, or after the server's Retry-After when it
/// fits in the time the request has left (a longer one is not waited for); writes and GETs that
/// change data never are (the client verifies its writes itself). One pipeline per district host,
/// so one failing district never opens another's breaker.
/// </summary>
public static class AeriesResilience
{
    /// <summary>The name of the pipeline.</summary>
    public const string PipelineName = "aeries";

    /// <summary>Adds the pipeline to <paramref name="builder"/>, settings from <paramref name="settings"/> when it is built.</summary>
    public static IHttpClientBuilder AddAeriesResilience(this IHttpClientBuilder builder, Func<IServiceProvider, AeriesClientOptions> settings)
    {
        builder.AddResilienceHandler(PipelineName, (pipeline, context) => Configure(pipeline, settings(context.ServiceProvider)))
            .SelectPipelineByAuthority();
        return builder;
    }

    /// <summary>Builds the pipeline's strategies (outermost first) from <paramref name="options"/>.</summary>
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, AeriesClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(options);
        pipeline
            .AddTimeout(options.TotalRequestTimeout)
            .AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = Math.Max(1, options.MaxReadRetries),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                // Retry-After is read below, so that a wait longer than the time left ends the retries instead.
                ShouldRetryAfterHeader = false,
                DelayGenerator = args => ValueTask.FromResult(RetryAfter.Of(args.Outcome.Result)),
                ShouldHandle = args =>
                {
                    var request = args.Outcome.Result?.RequestMessage ?? args.Context.GetRequestMessage();
                    return ValueTask.FromResult(
                        options.MaxReadRetries > 0
                        && AeriesRequestOptions.IsSafeToRetry(request)
                        && HttpClientResiliencePredicates.IsTransient(args.Outcome)
                        && !RetryAfter.IsLongerThanTimeLeft(args.Outcome.Result, request, options.TotalRequestTimeout));
                },
            })
            .AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
            {
                // Generous: a district answering some 503s should slow down, not stop, a check.
                FailureRatio = 0.9,
                MinimumThroughput = 20,
                SamplingDuration = TimeSpan.FromSeconds(30),
                BreakDuration = TimeSpan.FromSeconds(10),
            })
            .AddTimeout(options.AttemptTimeout);
    }
}
