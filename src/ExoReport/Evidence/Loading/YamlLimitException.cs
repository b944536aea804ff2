using YamlDotNet.Core;

namespace ExoReport.Evidence.Loading;

/// <summary>
/// Thrown by <see cref="GuardedParser"/> to stop YamlDotNet at once when input breaks a rule or a limit; it
/// carries the diagnostic code and the mark, so the reader can report it at the right place.
/// </summary>
internal sealed class YamlLimitException(string code, Mark where, string message) : Exception(message)
{
    public string Code { get; } = code;
    public Mark Where { get; } = where;
}
