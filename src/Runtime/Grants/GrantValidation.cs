namespace IlluminatePerms.Grants;

/// <summary>The result of comparing the grants a certificate has with the grants a spec requires.</summary>
#if BUILDING_SOURCE_GENERATOR
internal sealed class GrantValidation
#else
public sealed class GrantValidation
#endif
{
    /// <summary>Compares <paramref name="actual"/> with <paramref name="required"/>.</summary>
    public GrantValidation(GrantSet required, GrantSet actual)
    {
        Required = required;
        Actual = actual;
        Missing = required.Except(actual);
        Excess = actual.Except(required);
    }

    /// <summary>The grants the spec requires.</summary>
    public GrantSet Required { get; }

    /// <summary>The grants the certificate has.</summary>
    public GrantSet Actual { get; }

    /// <summary>Required grants the certificate lacks: the product will fail where it needs them.</summary>
    public GrantSet Missing { get; }

    /// <summary>Grants the certificate has beyond the spec: more access than the product needs.</summary>
    public GrantSet Excess { get; }

    /// <summary>True when nothing is missing (excess grants do not stop the product working).</summary>
    public bool IsSatisfied => Missing.IsEmpty;

    /// <summary>True when the certificate has exactly the required grants.</summary>
    public bool IsExact => Missing.IsEmpty && Excess.IsEmpty;

    /// <summary>
    /// What an admin or a log needs: "Satisfied" or "Missing: Gradebook Scores: Update", then the
    /// excess grants, if any ("Excess: Student Pictures: Read").
    /// </summary>
    public override string ToString()
    {
        var verdict = IsSatisfied
            ? $"Satisfied: the certificate has all {Required.Count} required area(s)"
            : $"Missing: {Missing} (the product fails where it needs these)";
        return Excess.IsEmpty ? verdict + "; no excess." : $"{verdict}; Excess: {Excess} (more access than the product needs).";
    }
}
