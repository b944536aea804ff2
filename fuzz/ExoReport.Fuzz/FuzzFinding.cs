namespace ExoReport.Fuzz;

/// <summary>A broken promise that is not an exception by itself (a valid file that does not build, say).</summary>
public sealed class FuzzFinding(string message) : Exception(message);
