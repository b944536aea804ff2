namespace ExoReport.Cli;

/// <summary>Where a command writes: the real console in the executable, string writers in tests.</summary>
public sealed record CliConsole(TextWriter Out, TextWriter Error, bool IsTerminal, string CurrentDirectory)
{
    public static CliConsole System() => new(
        Console.Out,
        Console.Error,
        !Console.IsOutputRedirected && !Console.IsErrorRedirected,
        Environment.CurrentDirectory);

    /// <summary>A path as the user gave it, resolved against the command's current directory.</summary>
    public string Resolve(string path) => Path.GetFullPath(path, CurrentDirectory);
}
