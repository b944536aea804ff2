namespace ExoReport.Writers.Charts;

/// <summary>
/// Makes ScottPlot resolve <see cref="ChartTypefaces.FontName"/> to the embedded font.
/// </summary>
/// <remarks>
/// ScottPlot 5 finds a label's typeface only by name, through the process-wide list
/// <c>ScottPlot.Fonts.FontResolvers</c>; a plot cannot carry its own resolver. So the one global step
/// is unavoidable: it happens once per process (a Lazy guarded for threads), it is idempotent (it checks
/// the list first), and it only adds a resolver for a name nobody else uses, so it changes nothing for
/// other ScottPlot users in the same process. The list itself is a plain List, hence the lock.
/// </remarks>
internal static class ChartFontRegistration
{
    private static readonly Lazy<string> Registered = new(Register, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Registers the resolver if needed and returns the font name to give ScottPlot.</summary>
    public static string EnsureRegistered() => Registered.Value;

    private static string Register()
    {
        List<ScottPlot.IFontResolver> resolvers = ScottPlot.Fonts.FontResolvers;
        lock (resolvers)
        {
            if (!resolvers.OfType<EmbeddedFontResolver>().Any())
                resolvers.Insert(0, new EmbeddedFontResolver());
        }
        return ChartTypefaces.FontName;
    }
}
