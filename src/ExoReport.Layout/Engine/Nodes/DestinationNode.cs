using SkiaSharp;

namespace ExoReport.Layout.Engine.Nodes;

/// <summary>Declares the named destination at the top-left of where its child is first drawn.</summary>
internal sealed class DestinationNode : LayoutNode
{
    private readonly Destination _destination;
    private readonly LayoutNode _child;
    private bool _declared;

    public DestinationNode(Destination destination, LayoutPass pass) : base(destination, pass)
    {
        _destination = destination;
        _child = destination.Child.CreateNode(pass);
    }

    protected override SpacePlan MeasureCore(SKSize available) => _child.Measure(available);

    protected override void DrawCore(SKRect area)
    {
        if (!_declared)
        {
            if (Pass.DeclareDestination(_destination.DestinationName, _destination))
                Pass.Drawing.NamedDestination(new SKPoint(area.Left, area.Top), _destination.DestinationName);
            _declared = true;
        }
        _child.Draw(area);
    }
}
