using System;

namespace IlluminatePerms.Client;

/// <summary>
/// Names the <see cref="Contract.AeriesContract"/> operation a client method calls, so a test can
/// prove that the method's <see cref="Grants.RequiresGrantAttribute"/>s are the operations' grants.
/// A method that performs several operations (a write that looks up or reads back) names each.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true, Inherited = true)]
public sealed class AeriesOperationAttribute : Attribute
{
    /// <summary>Names the operation, e.g. "students.get_student_information".</summary>
    public AeriesOperationAttribute(string id) => Id = id;

    /// <summary>The operation's id in the contract.</summary>
    public string Id { get; }
}
