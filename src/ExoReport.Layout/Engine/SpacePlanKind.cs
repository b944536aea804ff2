namespace ExoReport.Layout.Engine;

/// <summary>What an element can do with the space it was offered (QuestPDF's four answers).</summary>
internal enum SpacePlanKind
{
    /// <summary>Nothing (left) to draw: the element is finished or has no content.</summary>
    Empty,

    /// <summary>Everything that is left fits.</summary>
    FullRender,

    /// <summary>Part fits; the element continues on the next page.</summary>
    PartialRender,

    /// <summary>Nothing fits here: try again on a fresh page.</summary>
    Wrap,
}
