using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Threading;
using IlluminatePerms.Client;
using IlluminatePerms.Contract;
using IlluminatePerms.Grants;
using Xunit;

namespace IlluminatePerms.Client.Tests.Client;

/// <summary>The client's declared grants are the contract's, on the class and on the interface.</summary>
public class ClientContractTests
{
    public static TheoryData<Type> ClientTypes => new() { typeof(AeriesClient), typeof(IAeriesClient) };

    [Theory]
    [MemberData(nameof(ClientTypes))]
    public void Every_method_declares_exactly_the_grants_of_the_operations_it_names(Type type)
    {
        var methods = ApiMethods(type);
        Assert.NotEmpty(methods);
        foreach (var method in methods)
        {
            var operations = method.GetCustomAttributes<AeriesOperationAttribute>().Select(a => AeriesContract.Get(a.Id)).ToList();
            Assert.True(operations.Count > 0, $"{type.Name}.{method.Name} names no contract operation.");

            var declared = method.GetCustomAttributes<RequiresGrantAttribute>().Select(a => new Grant(a.Area, a.Access)).ToList();
            var expected = new List<Grant>();
            foreach (var operation in operations.Where(o => o.RequiredGrant is not null))
            {
                var chosen = RowAreaChoices(operation) is { } choices ? declared.Where(choices.Contains).ToList() : new List<Grant> { operation.RequiredGrant!.Value };
                Assert.True(chosen.Count > 0, $"{type.Name}.{method.Name}: declares '{GrantSet.Of(declared)}', none of the areas {operation.Id} writes rows of.");
                expected.AddRange(chosen);
            }

            Assert.True(GrantSet.Of(expected).Equals(GrantSet.Of(declared)), $"{type.Name}.{method.Name}: declares '{GrantSet.Of(declared)}', the contract says '{GrantSet.Of(expected)}'.");
            Assert.Equal(declared.Count, declared.Distinct().Count());
            Assert.All(method.GetCustomAttributes<RequiresGrantAttribute>(), a => Assert.Equal(AreaCatalog.Get(a.Area).Name, a.Area));
        }
    }

    [Fact]
    public void Every_GET_of_the_contract_has_a_method_on_the_class_and_on_the_interface()
    {
        foreach (var type in new[] { typeof(AeriesClient), typeof(IAeriesClient) })
        {
            var named = ApiMethods(type).SelectMany(m => m.GetCustomAttributes<AeriesOperationAttribute>()).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
            var missing = AeriesContract.All.Where(o => o.Method == "GET" && !named.Contains(o.Id)).Select(o => o.Id).ToList();
            Assert.True(missing.Count == 0, $"{type.Name} has no method for: {string.Join(", ", missing)}");
        }
    }

    [Fact]
    public void The_writes_the_product_needs_are_there()
    {
        var named = ApiMethods(typeof(IAeriesClient)).SelectMany(m => m.GetCustomAttributes<AeriesOperationAttribute>()).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);

        Assert.Contains("gradebook.create_inserting_a_new_assignment", named);
        Assert.Contains("gradebook.update_updating_assignment_information", named);
        Assert.Contains("gradebook.create_updating_assignment_scores", named);
    }

    [Fact]
    public void Every_staff_assignment_and_alternate_course_request_operation_has_a_method()
    {
        var named = ApiMethods(typeof(IAeriesClient)).SelectMany(m => m.GetCustomAttributes<AeriesOperationAttribute>()).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var missing = AeriesContract.All
            .Where(o => o.Id.StartsWith("staff.", StringComparison.Ordinal) && o.PathTemplate.Contains("/assignments", StringComparison.Ordinal)
                        || o.Id.Contains("alternate_course_request", StringComparison.Ordinal))
            .Where(o => !named.Contains(o.Id))
            .Select(o => o.Id)
            .ToList();
        Assert.True(missing.Count == 0, $"No client method for: {string.Join(", ", missing)}");
    }

    [Fact]
    public void Class_and_interface_declare_the_same_methods_with_the_same_attributes()
    {
        var map = typeof(AeriesClient).GetInterfaceMap(typeof(IAeriesClient));
        for (var i = 0; i < map.InterfaceMethods.Length; i++)
        {
            Assert.Equal(Describe(map.InterfaceMethods[i]), Describe(map.TargetMethods[i]));
        }

        Assert.Equal(map.TargetMethods.Length, ApiMethods(typeof(AeriesClient)).Count);
    }

    [Fact]
    public void Every_call_takes_a_cancellation_token()
    {
        foreach (var method in ApiMethods(typeof(IAeriesClient)))
        {
            Assert.True(method.GetParameters().LastOrDefault()?.ParameterType == typeof(CancellationToken), $"{method.Name} takes no CancellationToken last.");
        }
    }

    [Fact]
    public void Each_staff_assignment_write_declares_the_area_of_the_type_it_writes()
    {
        foreach (var method in ApiMethods(typeof(IAeriesClient)).Where(m => m.Name.Contains("StaffAssignment", StringComparison.Ordinal) && !m.Name.StartsWith("Get", StringComparison.Ordinal)))
        {
            var areas = method.GetCustomAttributes<RequiresGrantAttribute>().Select(a => a.Area).ToList();
            var expected = method.Name.Contains("Certificated", StringComparison.Ordinal) ? new[] { "Staff Job Assignments" }
                : method.Name.Contains("Classified", StringComparison.Ordinal) ? new[] { "Staff Assignments (Classified)" }
                : new[] { "Staff Job Assignments", "Staff Assignments (Classified)" };
            Assert.True(expected.SequenceEqual(areas), $"{method.Name} declares {string.Join(", ", areas)}.");
        }
    }

    /// <summary>
    /// For a write whose record decides the area (a staff assignment's type), the grants a method may
    /// declare instead of the operation's own: its level on any of the areas its rows may be of. Null otherwise.
    /// </summary>
    private static HashSet<Grant>? RowAreaChoices(AeriesOperation operation)
        => operation.Method == "GET" || operation.RowAreas.Count == 0
            ? null
            : operation.RowAreas.Select(area => new Grant(area, operation.RequiredGrant!.Value.Access)).ToHashSet();

    private static string Describe(MethodInfo method)
        => string.Join(";", method.GetCustomAttributes<AeriesOperationAttribute>().Select(a => a.Id).Order())
           + "|" + string.Join(";", method.GetCustomAttributes<RequiresGrantAttribute>().Select(a => $"{a.Area}:{a.Access}").Order());

    private static List<MethodInfo> ApiMethods(Type type)
        => type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => !m.IsSpecialName)
            .ToList();
}
