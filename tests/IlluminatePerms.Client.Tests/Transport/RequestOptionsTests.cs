using System.Linq;
using System.Net.Http;
using IlluminatePerms.Client.Http;
using IlluminatePerms.Contract;
using Xunit;

namespace IlluminatePerms.Client.Tests.Transport;

/// <summary>What rides on a request for the handlers below the client: which requests may be repeated, and keys that never collide.</summary>
public sealed class RequestOptionsTests
{
    [Fact]
    public void Only_a_get_that_changes_nothing_is_safe_to_repeat()
    {
        using var bare = new HttpRequestMessage(HttpMethod.Get, "https://district.example/");
        using var read = new HttpRequestMessage(HttpMethod.Get, "https://district.example/");
        read.Options.Set(AeriesRequestOptions.OperationKey, AeriesContract.Get("schools.get_school_information"));
        using var post = new HttpRequestMessage(HttpMethod.Post, "https://district.example/");
        var sideEffectGet = AeriesContract.All.FirstOrDefault(o => o.Method == "GET" && o.HasSideEffects);

        Assert.True(AeriesRequestOptions.IsSafeToRetry(bare));
        Assert.True(AeriesRequestOptions.IsSafeToRetry(read));
        Assert.False(AeriesRequestOptions.IsSafeToRetry(post));
        Assert.False(AeriesRequestOptions.IsSafeToRetry(null));
        if (sideEffectGet is not null)
        {
            using var changing = new HttpRequestMessage(HttpMethod.Get, "https://district.example/");
            changing.Options.Set(AeriesRequestOptions.OperationKey, sideEffectGet);
            Assert.False(AeriesRequestOptions.IsSafeToRetry(changing));
        }
    }

    [Fact]
    public void The_keys_are_distinct_so_a_deadline_never_overwrites_an_attempts_start()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://district.example/");
        request.Options.Set(AeriesRequestOptions.DeadlineKey, 1L);
        request.Options.Set(AeriesRequestOptions.AttemptStartedKey, 2L);
        request.Options.Set(AeriesRequestOptions.OperationKey, AeriesContract.Get("schools.get_school_information"));

        Assert.True(request.Options.TryGetValue(AeriesRequestOptions.DeadlineKey, out var deadline));
        Assert.True(request.Options.TryGetValue(AeriesRequestOptions.AttemptStartedKey, out var started));
        Assert.Equal((1L, 2L), (deadline, started));
        Assert.Equal(3, new[] { AeriesRequestOptions.DeadlineKey.Key, AeriesRequestOptions.AttemptStartedKey.Key, AeriesRequestOptions.OperationKey.Key }.Distinct().Count(key => key.StartsWith("IlluminatePerms.", System.StringComparison.Ordinal)));
    }
}
