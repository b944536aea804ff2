using System.Text;

namespace ExoReport.Tests.Cli;

/// <summary>
/// A thread-safe string writer that a test can wait on: a command runs on another thread (watch, a build
/// waiting for a lock) and the test proceeds once a line it expects has been printed.
/// </summary>
public sealed class SharedWriter : TextWriter
{
    /// <summary>Only a guard against a hung command; no test expects to come near it.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly StringBuilder _text = new();

    public SharedWriter() => NewLine = "\n";

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        lock (_text)
        {
            _text.Append(value);
            Monitor.PulseAll(_text);
        }
    }

    public override void Write(string? value)
    {
        lock (_text)
        {
            _text.Append(value);
            Monitor.PulseAll(_text);
        }
    }

    public override string ToString()
    {
        lock (_text)
            return _text.ToString();
    }

    /// <summary>Blocks until the text contains <paramref name="expected"/>; fails the test if it never does.</summary>
    public void WaitFor(string expected)
    {
        var deadline = DateTime.UtcNow + Patience;
        lock (_text)
        {
            while (!_text.ToString().Contains(expected, StringComparison.Ordinal))
            {
                var left = deadline - DateTime.UtcNow;
                if (left <= TimeSpan.Zero)
                    Assert.Fail($"never printed \"{expected}\"; printed:\n{_text}");
                Monitor.Wait(_text, left);
            }
        }
    }
}
