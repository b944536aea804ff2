namespace ExoReport.Layout;

/// <summary>Page margins in points. Headers, footers and content all stay inside them.</summary>
public readonly record struct Margins(float Left, float Top, float Right, float Bottom)
{
    public static Margins All(float value) => new(value, value, value, value);

    public static Margins Symmetric(float horizontal, float vertical) => new(horizontal, vertical, horizontal, vertical);

    /// <summary>Millimetres to points, for margins written the way page designers state them.</summary>
    public static Margins Millimetres(float left, float top, float right, float bottom) =>
        new(left * PointsPerMillimetre, top * PointsPerMillimetre, right * PointsPerMillimetre, bottom * PointsPerMillimetre);

    private const float PointsPerMillimetre = 72f / 25.4f;
}
