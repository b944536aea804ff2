using ExoReport.Evidence;
using ExoReport.Evidence.Model;

namespace ExoReport.Bench;

/// <summary>
/// The evidence a benchmark runs on: the review in data/ ("seed") or a synthetic file of N studies. Named so a
/// result line says what it measured.
/// </summary>
public sealed record EvidenceSource(string Name, string Text)
{
    public const string SeedName = "seed";

    /// <summary>"seed" or a study count such as "1000".</summary>
    public static EvidenceSource Parse(string name) =>
        name == SeedName
            ? new EvidenceSource(SeedName, File.ReadAllText(Path.Combine(RepositoryRoot.Path, "data", "exosomes-sci.yaml")))
            : new EvidenceSource(name, SyntheticEvidence.Generate(int.Parse(name, System.Globalization.CultureInfo.InvariantCulture)));

    public EvidenceFile Load()
    {
        var result = EvidenceLoader.LoadText(Name + ".yaml", Text);
        return result.Evidence ?? throw new InvalidOperationException(
            $"The {Name} evidence does not load: {string.Join("; ", result.Diagnostics.Take(5))}");
    }
}
