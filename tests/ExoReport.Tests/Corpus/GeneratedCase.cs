namespace ExoReport.Tests.Corpus;

/// <summary>
/// A case made at test time: its file name, bytes and outcome. <see cref="Family"/> is its entry under
/// <c>generated</c> in the manifest, which may stand for many cases (one per required key, say).
/// </summary>
public sealed record GeneratedCase(string Family, string Name, byte[] Bytes, CorpusEntry Entry);
