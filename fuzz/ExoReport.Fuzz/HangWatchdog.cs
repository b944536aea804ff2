namespace ExoReport.Fuzz;

/// <summary>
/// Watches the input being run from another thread: one that runs past the hang limit is saved as a finding and
/// the process exits, since a stuck thread cannot be stopped from outside.
/// </summary>
public sealed class HangWatchdog(TimeSpan limit, string findingsDirectory, TextWriter log)
{
    private readonly object _gate = new();
    private byte[]? _input;
    private DateTime _started;
    private volatile bool _stopped;
    private Thread? _thread;

    public void Start()
    {
        _thread = new Thread(Watch) { IsBackground = true, Name = "hang watchdog" };
        _thread.Start();
    }

    public void Stop() => _stopped = true;

    public void Begin(byte[] input)
    {
        lock (_gate)
        {
            _input = input;
            _started = DateTime.UtcNow;
        }
    }

    public void End()
    {
        lock (_gate)
            _input = null;
    }

    private void Watch()
    {
        while (!_stopped)
        {
            Thread.Sleep(500);
            lock (_gate)
            {
                if (_input is null || DateTime.UtcNow - _started < limit)
                    continue;
                Directory.CreateDirectory(findingsDirectory);
                var path = Path.Combine(findingsDirectory, $"hang-{DateTime.UtcNow:yyyyMMddHHmmss}.yaml");
                File.WriteAllBytes(path, _input);
                log.WriteLine($"fuzz: HANG over {limit.TotalSeconds:0} s, input saved to {path}");
                log.Flush();
                Environment.Exit(3);
            }
        }
    }
}
