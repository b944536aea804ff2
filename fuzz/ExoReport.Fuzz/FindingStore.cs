using System.Security.Cryptography;
using System.Text;

namespace ExoReport.Fuzz;

/// <summary>
/// Saves each distinct finding once, as the input (<c>KIND-HASH.yaml</c>) and what happened (<c>.txt</c>).
/// Crashes are told apart by exception type and the first frame in ExoReport code, so one bug is one file.
/// </summary>
public sealed class FindingStore(string directory)
{
    private readonly HashSet<string> _signatures = [];

    public int Unique => _signatures.Count;

    /// <summary>Records a finding; returns true when it is new.</summary>
    public bool Save(string kind, string signature, byte[] input, string details)
    {
        if (!_signatures.Add(kind + "|" + signature))
            return false;
        Directory.CreateDirectory(directory);
        var name = $"{kind}-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(signature)))[..12]}";
        File.WriteAllBytes(Path.Combine(directory, name + ".yaml"), input);
        File.WriteAllText(Path.Combine(directory, name + ".txt"), details);
        return true;
    }

    public static string Signature(Exception e)
    {
        var frame = (e.StackTrace ?? "").Split('\n')
            .Select(line => line.Trim())
            .FirstOrDefault(line => line.StartsWith("at ExoReport.", StringComparison.Ordinal) && !line.StartsWith("at ExoReport.Fuzz.", StringComparison.Ordinal))
            ?? (e.StackTrace ?? "").Split('\n').FirstOrDefault()?.Trim() ?? "";
        var parenthesis = frame.IndexOf(" in ", StringComparison.Ordinal);
        return e.GetType().FullName + " " + (parenthesis > 0 ? frame[..parenthesis] : frame)
            + (e is FuzzFinding ? " " + e.Message.Split(':')[0] : "");
    }
}
