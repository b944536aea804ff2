using System.Runtime.CompilerServices;

// The chart tests check the layout pieces (label wrapping, label fitting, SVG id renumbering) directly,
// not only through rendered files. The attribute may be repeated elsewhere in the assembly: it allows that.
[assembly: InternalsVisibleTo("ExoReport.Tests")]
