namespace ExoReport.Tests.Cli;

/// <summary>What one run of the exoreport command returned and printed.</summary>
public sealed record CliResult(int ExitCode, string Out, string Error);
