using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;

namespace IlluminatePerms.MockAeries.Data;

/// <summary>
/// The data of each available DatabaseYear, built on first use (the default year at start). An
/// unknown or missing year silently means the default year, as Aeries does.
/// </summary>
internal sealed class DataSetCache
{
    // Lazy: requests arriving together for a year not built yet build it once, not once each.
    private readonly ConcurrentDictionary<int, Lazy<AeriesDataSet>> years = new();
    private readonly int seed;
    private readonly int scale;

    internal DataSetCache(int seed, int scale, int defaultYear, IReadOnlyList<int> availableYears)
    {
        this.seed = seed;
        this.scale = scale;
        DefaultYear = defaultYear;
        AvailableYears = availableYears.Contains(defaultYear) ? availableYears : availableYears.Append(defaultYear).OrderBy(y => y).ToList();
        years[defaultYear] = new Lazy<AeriesDataSet>(DataSetBuilder.Build(seed, scale, defaultYear));
    }

    /// <summary>The district's default year.</summary>
    public int DefaultYear { get; }

    /// <summary>The years with data.</summary>
    public IReadOnlyList<int> AvailableYears { get; }

    /// <summary>A year as Aeries writes it in <c>systeminfo</c>: 2026 is "2026-2027".</summary>
    public static string YearText(int year) => $"{year}-{year + 1}";

    /// <summary>The data of the default year.</summary>
    public AeriesDataSet Default => years[DefaultYear].Value;

    /// <summary>The data of <paramref name="requestedYear"/>, or of the default year when it has none.</summary>
    public AeriesDataSet For(int? requestedYear)
        => requestedYear is int year && year != DefaultYear && AvailableYears.Contains(year)
            ? years.GetOrAdd(year, y => new Lazy<AeriesDataSet>(() => DataSetBuilder.Build(seed, scale, y))).Value
            : Default;

    /// <summary>Forgets every write (assignments, scores, students, contacts, staff) in every year.</summary>
    internal void ResetWrites()
    {
        foreach (var data in years.Values.Where(y => y.IsValueCreated).Select(y => y.Value))
        {
            data.GradebookState.Reset();
            data.Writes.Reset();
        }
    }
}
