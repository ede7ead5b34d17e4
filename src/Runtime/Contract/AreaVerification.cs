namespace IlluminatePerms.Contract;

/// <summary>
/// How a check can verify a certificate's Read on one area, as <c>areas</c> and docs/areas.md show it;
/// taken from the <see cref="AeriesContract"/> (see <see cref="AeriesContract.VerificationOf"/>).
/// </summary>
#if BUILDING_SOURCE_GENERATOR
internal sealed class AreaVerification
#else
public sealed class AreaVerification
#endif
{
    internal AreaVerification(AreaVerificationKind kind, AeriesOperation? operation, string text)
    {
        Kind = kind;
        Operation = operation;
        Text = text;
    }

    /// <summary>Proved by a probe, inferred from shared rows, or not verifiable.</summary>
    public AreaVerificationKind Kind { get; }

    /// <summary>The GET a check calls for the area; null when it is not verifiable.</summary>
    public AeriesOperation? Operation { get; }

    /// <summary>One line for a person: the probe, what the inference rests on, or why the area cannot be verified.</summary>
    public string Text { get; }

    /// <inheritdoc />
    public override string ToString() => Text;
}
