using System;
using IlluminatePerms.Contract;
using IlluminatePerms.MockAeries.Http;

namespace IlluminatePerms.MockAeries.Routing;

/// <summary>One operation of the Aeries contract as the mock serves it: the operation (method, path, grant, kind) and its handler.</summary>
internal sealed class Route
{
    public Route(AeriesOperation operation, Func<ApiContext, ApiResponse> handle)
    {
        Operation = operation;
        Template = new RouteTemplate(operation.PathTemplate);
        Handle = handle;
    }

    public AeriesOperation Operation { get; }

    public RouteTemplate Template { get; }

    public Func<ApiContext, ApiResponse> Handle { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Operation.Method} {Template}";
}
