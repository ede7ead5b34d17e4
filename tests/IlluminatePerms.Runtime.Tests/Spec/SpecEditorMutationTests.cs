using IlluminatePerms.Grants;
using IlluminatePerms.Spec;
using Xunit;

namespace IlluminatePerms.Runtime.Tests.Spec;

/// <summary>
/// Which rows' errors block an area in SpecEditor when a spec has errors on several rows: each
/// row's errors block only the area that row names (found by Stryker: no test had two rows with errors).
/// </summary>
public class SpecEditorMutationTests
{
    private const string Spec = "Group,Table/Program Area,Permission Needed,Reason\n"
        + "Student Programs,Contcts,Read,guardians\n"
        + "Gradebook,Gradebook Data,Raed,gradebooks\n"
        + "Student Data,Student Data,Read,rosters\n";

    [Theory]
    [InlineData("Contacts", true)]
    [InlineData("Gradebook Data", true)]
    [InlineData("Student Data", false)]
    public void Each_rows_errors_block_only_the_area_it_names(string area, bool blocked)
    {
        Assert.Equal(blocked, SpecEditor.HasErrorsAbout(Spec, AreaCatalog.Get(area)));
    }
}
