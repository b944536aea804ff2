using ExoReport.Evidence.Validation;

namespace ExoReport.Tests.Evidence;

public class NameSuggesterTests
{
    [Theory]
    [InlineData("lable", "label")]          // swapped neighbours: one edit
    [InlineData("refrence", "reference")]   // missing letter
    [InlineData("Label", "label")]          // case only
    [InlineData("sourceDetail", "source_detail")]
    [InlineData("source-detail", "source_detail")]
    [InlineData("tabel1", "table1")]
    public void SuggestsTheClosestName(string wrong, string expected)
    {
        Assert.Equal(expected, NameSuggester.Suggest(wrong, ["id", "label", "reference", "source", "source_detail", "table1"]));
    }

    [Theory]
    [InlineData("colour")]
    [InlineData("xyz")]
    [InlineData("rat")]
    public void SuggestsNothingWhenNothingIsClose(string wrong)
    {
        Assert.Null(NameSuggester.Suggest(wrong, ["id", "label", "reference", "row"]));
    }

    [Theory]
    [InlineData("ab", "ba", 1)]
    [InlineData("abc", "abc", 0)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    [InlineData("ca", "abc", 3)] // optimal string alignment, not unrestricted Damerau
    public void DistanceCountsInsertionsDeletionsSubstitutionsAndSwaps(string a, string b, int expected)
    {
        Assert.Equal(expected, NameSuggester.Distance(a, b));
    }
}
