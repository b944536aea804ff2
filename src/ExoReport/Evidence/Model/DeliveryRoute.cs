using ExoReport.Diagnostics;

namespace ExoReport.Evidence.Model;

public enum RouteKind
{
    Systemic,
    Local,
}

/// <summary>A way of delivering exosomes (tail intravenous, intrathecal, hydrogel implantation, ...).</summary>
public sealed record DeliveryRoute(string Id, string Label, RouteKind Kind, SourceSpan Where);
