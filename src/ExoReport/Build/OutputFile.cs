namespace ExoReport.Build;

/// <summary>One output of a build, computed in memory: a path relative to the output folder (with '/') and its bytes.</summary>
public sealed record OutputFile(string RelativePath, byte[] Content);
