using ExoReport.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace ExoReport.Evidence.Loading;

/// <summary>The top-level mapping of a YAML file, or the diagnostic that says why there is none.</summary>
internal readonly record struct YamlReadResult(YamlMappingNode? Root, Diagnostic? Problem);
