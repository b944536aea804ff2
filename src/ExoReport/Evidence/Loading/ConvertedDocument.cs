using System.Text.Json.Nodes;
using ExoReport.Diagnostics;

namespace ExoReport.Evidence.Loading;

/// <summary>The YAML document as JSON with its source map, or the diagnostic that stopped the conversion.</summary>
internal readonly record struct ConvertedDocument(JsonObject? Json, SourceMap Map, Diagnostic? Problem);
