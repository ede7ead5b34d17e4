using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using IlluminatePerms.Grants;
using Microsoft.CodeAnalysis;

namespace IlluminatePerms.Generator.Analyzers;

/// <summary>
/// Finds the grants a member needs: [RequiresGrant] on the member, on the members it overrides or
/// implements (attributes on methods are not inherited in Roslyn's symbol model, so this walks the
/// chain), and on its containing types and their base types. Results are cached per member for the
/// compilation.
/// </summary>
internal sealed class GrantRequirementReader
{
    public const string AttributeMetadataName = "IlluminatePerms.Grants.RequiresGrantAttribute";

    private readonly INamedTypeSymbol attributeType;
    private readonly ConcurrentDictionary<ISymbol, ImmutableArray<GrantRequirement>> cache = new(SymbolEqualityComparer.Default);

    public GrantRequirementReader(INamedTypeSymbol attributeType) => this.attributeType = attributeType;

    public ImmutableArray<GrantRequirement> Read(ISymbol member) => cache.GetOrAdd(member.OriginalDefinition, Collect);

    private ImmutableArray<GrantRequirement> Collect(ISymbol member)
    {
        var found = ImmutableArray.CreateBuilder<GrantRequirement>();
        var visited = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        foreach (var declaration in RelatedMembers(member))
        {
            if (visited.Add(declaration.OriginalDefinition))
            {
                AddFrom(declaration.OriginalDefinition, found);
            }
        }

        // The type's attribute covers every member of the type, as the attribute's usage documents.
        for (var type = member.ContainingType; type is not null; type = type.BaseType)
        {
            AddFrom(type.OriginalDefinition, found);
        }

        return found.ToImmutable();
    }

    /// <summary>The member itself, what it overrides, and the interface members it implements.</summary>
    private static IEnumerable<ISymbol> RelatedMembers(ISymbol member)
    {
        for (var current = member; current is not null; current = Overridden(current))
        {
            yield return current;
            foreach (var implemented in ImplementedInterfaceMembers(current))
            {
                yield return implemented;
            }
        }
    }

    private static ISymbol? Overridden(ISymbol member) => member switch
    {
        IMethodSymbol method => method.OverriddenMethod,
        IPropertySymbol property => property.OverriddenProperty,
        IEventSymbol @event => @event.OverriddenEvent,
        _ => null,
    };

    private static IEnumerable<ISymbol> ImplementedInterfaceMembers(ISymbol member)
    {
        var type = member.ContainingType;
        if (type is null || type.TypeKind == TypeKind.Interface)
        {
            yield break;
        }

        foreach (var @interface in type.AllInterfaces)
        {
            foreach (var candidate in @interface.GetMembers(member.Name))
            {
                var implementation = type.FindImplementationForInterfaceMember(candidate);
                if (implementation is not null && SymbolEqualityComparer.Default.Equals(implementation.OriginalDefinition, member.OriginalDefinition))
                {
                    yield return candidate;
                }
            }
        }

        var explicitImplementations = member switch
        {
            IMethodSymbol method => method.ExplicitInterfaceImplementations.CastArray<ISymbol>(),
            IPropertySymbol property => property.ExplicitInterfaceImplementations.CastArray<ISymbol>(),
            _ => ImmutableArray<ISymbol>.Empty,
        };
        foreach (var implemented in explicitImplementations)
        {
            yield return implemented;
        }
    }

    private void AddFrom(ISymbol symbol, ImmutableArray<GrantRequirement>.Builder found)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (ReadAttribute(attribute) is { } requirement)
            {
                found.Add(requirement);
            }
        }
    }

    /// <summary>The requirement an attribute states, or null when it is not a well-formed [RequiresGrant].</summary>
    public GrantRequirement? ReadAttribute(AttributeData attribute)
    {
        if (!SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, attributeType)
            || attribute.ConstructorArguments.Length != 2
            || attribute.ConstructorArguments[0].Value is not string areaName
            || attribute.ConstructorArguments[1].Value is not int access)
        {
            return null;
        }

        var area = AreaCatalog.TryFind(areaName, out var known) ? known : null;
        return new GrantRequirement(areaName, area, (AeriesAccess)access, attribute.ApplicationSyntaxReference is not null);
    }
}
