using ExoReport.Writers.Charts;

namespace ExoReport.Tests.Charts;

public class SvgIdNormalizerTests
{
    [Fact]
    public void Ids_are_renumbered_in_order_of_appearance_with_their_references()
    {
        const string svg = """<svg><clipPath id="cl_14"><rect/></clipPath><g clip-path="url(#cl_14)"/><clipPath id="cl_9"/><g clip-path="url(#cl_9)"/><use href="#img_3"/><image id="img_3"/></svg>""";

        string normalized = SvgIdNormalizer.Normalize(svg);

        Assert.Equal("""<svg><clipPath id="cl_0"><rect/></clipPath><g clip-path="url(#cl_0)"/><clipPath id="cl_1"/><g clip-path="url(#cl_1)"/><use href="#img_0"/><image id="img_0"/></svg>""", normalized);
    }

    [Fact]
    public void Svg_without_ids_is_unchanged()
    {
        const string svg = """<svg><text>cl_4 is not an id here</text></svg>""";

        Assert.Equal(svg, SvgIdNormalizer.Normalize(svg));
    }
}
