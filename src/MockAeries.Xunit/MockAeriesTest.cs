namespace IlluminatePerms.MockAeries.Xunit;

/// <summary>
/// A base for test classes that share a <typeparamref name="TFixture"/>: xunit constructs the class
/// once per test, and the constructor resets the mock, so every test sees the original data and an
/// empty journal.
/// </summary>
/// <typeparam name="TFixture">Your subclass of <see cref="MockAeriesFixture"/>.</typeparam>
public abstract class MockAeriesTest<TFixture>
    where TFixture : MockAeriesFixture
{
    /// <summary>Resets the mock for this test.</summary>
    /// <param name="aeries">The fixture xunit passes in.</param>
    protected MockAeriesTest(TFixture aeries)
    {
        Aeries = aeries;
        aeries.Reset();
    }

    /// <summary>The mock.</summary>
    protected TFixture Aeries { get; }
}
