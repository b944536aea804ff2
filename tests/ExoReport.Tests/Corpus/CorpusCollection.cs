namespace ExoReport.Tests.Corpus;

/// <summary>
/// The corpus runs alone, not beside other test classes: its cases measure time and the process's memory, and a
/// neighbour's work would be counted as theirs.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CorpusCollection
{
    public const string Name = "corpus";
}
