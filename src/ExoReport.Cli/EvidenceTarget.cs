namespace ExoReport.Cli;

/// <summary>A file to load: its full path, and the path to show in messages (as the user wrote it).</summary>
public sealed record EvidenceTarget(string FullPath, string DisplayPath);
