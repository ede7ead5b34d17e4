using System.Linq;
using IlluminatePerms.MockAeries.Data;
using Xunit;

namespace IlluminatePerms.MockAeries.Tests.Data;

/// <summary>
/// The words the generated district is made of, including those a small district never draws: a larger
/// one (the default has 600 students) shows each of them to someone.
/// </summary>
public sealed class GeneratedNamesTests
{
    public static TheoryData<string, string[]> Pools() => new()
    {
        { "first names", NamePools.FirstNames },
        { "last names", NamePools.LastNames },
        { "streets", NamePools.Streets },
        { "cities", NamePools.Cities },
        { "mascots", NamePools.Mascots },
        { "course titles", NamePools.Courses.Select(c => c.Title).ToArray() },
    };

    [Theory]
    [MemberData(nameof(Pools))]
    public void Every_pool_entry_is_a_distinct_capitalised_name(string pool, string[] entries)
    {
        Assert.True(entries.Length >= 5, $"{pool}: {entries.Length} entries");
        Assert.All(entries, entry => Assert.Matches(@"^[A-Z][A-Za-z0-9]*( [A-Z0-9][A-Za-z0-9]*)*$", entry));
        Assert.Equal(entries.Length, entries.Distinct().Count());
    }

    [Fact]
    public void Every_course_has_a_distinct_four_digit_id_and_a_department()
    {
        Assert.All(NamePools.Courses, course => Assert.Matches("^06[0-9]{2}$", course.Id));
        Assert.All(NamePools.Courses, course => Assert.Matches("^[A-Z]{2,4}$", course.Department));
        Assert.Equal(NamePools.Courses.Length, NamePools.Courses.Select(c => c.Id).Distinct().Count());
    }

    [Theory]
    [InlineData(0, "Kindergarten")]
    [InlineData(1, "First Grade")]
    [InlineData(2, "Second Grade")]
    [InlineData(3, "Third Grade")]
    [InlineData(4, "Fourth Grade")]
    [InlineData(5, "Fifth Grade")]
    [InlineData(6, "Sixth Grade")]
    [InlineData(7, "Seventh Grade")]
    [InlineData(8, "Eighth Grade")]
    [InlineData(9, "Ninth Grade")]
    [InlineData(10, "Tenth Grade")]
    [InlineData(11, "Eleventh Grade")]
    [InlineData(12, "Twelfth Grade")]
    [InlineData(13, "Reserved for Graduating Seniors")]
    public void A_grade_level_has_the_long_description_the_example_writes(int grade, string text)
    {
        Assert.Equal(text, GradeNames.Long(grade));
        Assert.Equal(grade.ToString(System.Globalization.CultureInfo.InvariantCulture), GradeNames.Short(grade));
    }
}
