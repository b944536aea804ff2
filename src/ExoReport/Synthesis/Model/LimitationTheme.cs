namespace ExoReport.Synthesis.Model;

/// <summary>How often a limitation theme occurs across studies (a study counts once per theme).</summary>
public sealed record LimitationTheme(string Id, string Label, int Studies, int Mentions, Citation Citation);
