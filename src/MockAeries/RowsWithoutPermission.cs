namespace IlluminatePerms.MockAeries;

/// <summary>What an operation does with rows of an area the certificate lacks (see <see cref="MockAssumptions.RowsWithoutPermission"/>).</summary>
public enum RowsWithoutPermission
{
    /// <summary>Leave those rows out and answer the rest.</summary>
    Filter,

    /// <summary>Refuse the request with the missing-permission status, naming the area.</summary>
    Refuse,
}
