namespace IlluminatePerms.Contract;

/// <summary>How the typed client hands an operation's answer to its caller.</summary>
internal enum ClientAnswer
{
    /// <summary>One record: <c>Task&lt;T&gt;</c>.</summary>
    One,

    /// <summary>Every record of one answer: <c>Task&lt;IReadOnlyList&lt;T&gt;&gt;</c>.</summary>
    List,

    /// <summary>Every record, one page per request: <c>IAsyncEnumerable&lt;T&gt;</c>.</summary>
    Page,

    /// <summary>Every record of one unpaged answer, read record by record: <c>IAsyncEnumerable&lt;T&gt;</c>.</summary>
    Stream,

    /// <summary>Sends a body and answers the one record Aeries wrote: <c>Task&lt;T&gt;</c>.</summary>
    Written,

    /// <summary>Deletes what the path addresses; a success status is the whole answer: <c>Task</c>.</summary>
    Deleted,
}
