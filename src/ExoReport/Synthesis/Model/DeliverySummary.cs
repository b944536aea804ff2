namespace ExoReport.Synthesis.Model;

/// <summary>Delivery routes with how many studies use each and from which sources; systemic versus local.</summary>
public sealed record DeliverySummary(IReadOnlyList<RouteEntry> Routes, int Systemic, int Local, int Unreported);

public sealed record RouteEntry(string Id, string Label, string Kind, int Count, IReadOnlyList<string> Sources, Citation Citation);
