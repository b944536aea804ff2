using BenchmarkDotNet.Attributes;
using ExoReport.Evidence;
using ExoReport.Evidence.Loading;
using ExoReport.Evidence.Schema;
using ExoReport.Evidence.Validation;

namespace ExoReport.Bench;

/// <summary>
/// The loader's stages: YAML → JSON with its source map ("load"), then schema and semantic checks
/// ("validation"), and the whole public <see cref="EvidenceLoader.LoadText"/>.
/// </summary>
public class EvidenceBenchmarks
{
    private EvidenceSource source = null!;
    private ConvertedDocument converted;

    [ParamsSource(nameof(Sizes))]
    public string Evidence { get; set; } = "seed";

    public static IEnumerable<string> Sizes => MicroConfig.Sizes;

    [GlobalSetup]
    public void Setup()
    {
        source = EvidenceSource.Parse(Evidence);
        converted = Convert();
    }

    [Benchmark(Description = "load (YAML → JSON)")]
    public object Load() => Convert().Json!;

    [Benchmark(Description = "validation (schema + semantic)")]
    public int Validate()
    {
        var schema = SchemaValidator.Validate(converted.Json!, converted.Map);
        var evidence = EvidenceModelBuilder.Build(source.Name, converted.Json!, converted.Map);
        return schema.Errors.Count + SemanticValidator.Validate(evidence, converted.Map).Count;
    }

    [Benchmark(Description = "EvidenceLoader.LoadText (all)")]
    public object LoadAndValidate() => source.Load();

    private ConvertedDocument Convert()
    {
        var read = YamlDocumentReader.Read(source.Name, source.Text);
        return YamlToJsonConverter.Convert(source.Name, read.Root!, EvidenceSchema.Shape);
    }
}
