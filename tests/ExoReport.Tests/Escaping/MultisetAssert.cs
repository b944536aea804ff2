namespace ExoReport.Tests.Escaping;

/// <summary>Equality of two collections regardless of order, failing with what is missing and what is extra.</summary>
public static class MultisetAssert
{
    public static void Equal(IEnumerable<string> expected, IEnumerable<string> actual)
    {
        var remaining = actual.ToList();
        var missing = new List<string>();
        foreach (var item in expected)
        {
            if (!remaining.Remove(item))
            {
                missing.Add(item);
            }
        }

        Assert.True(missing.Count == 0 && remaining.Count == 0,
            $"missing:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", missing)}{Environment.NewLine}" +
            $"extra:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", remaining)}");
    }
}
