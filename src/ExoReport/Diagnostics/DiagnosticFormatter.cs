using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ExoReport.Diagnostics;

/// <summary>
/// Prints diagnostics in one of the <see cref="DiagnosticFormat"/>s. Output is plain "\n"-separated text with a
/// final newline, the same bytes on every platform.
/// </summary>
public static class DiagnosticFormatter
{
    /// <summary>The names accepted on the command line, in <see cref="DiagnosticFormat"/> order.</summary>
    public static IReadOnlyList<string> Names { get; } = ["gnu", "github", "json"];

    public static bool TryParse(string name, out DiagnosticFormat format)
    {
        var index = Names.ToList().IndexOf(name.ToLowerInvariant());
        format = index < 0 ? DiagnosticFormat.Gnu : (DiagnosticFormat)index;
        return index >= 0;
    }

    public static string Format(IEnumerable<Diagnostic> diagnostics, DiagnosticFormat format) => format switch
    {
        DiagnosticFormat.Json => Json(diagnostics),
        DiagnosticFormat.GitHub => Lines(diagnostics, GitHub),
        _ => Lines(diagnostics, Gnu),
    };

    public static string Gnu(Diagnostic diagnostic) => diagnostic.ToString();

    /// <summary>A GitHub Actions workflow command; see "Workflow commands for GitHub Actions" for the escaping rules.</summary>
    public static string GitHub(Diagnostic diagnostic)
    {
        var text = new StringBuilder("::").Append(diagnostic.IsError ? "error" : "warning");
        text.Append(" file=").Append(EscapeProperty(diagnostic.Where.File));
        if (diagnostic.Where.Line > 0)
        {
            text.Append(",line=").Append(diagnostic.Where.Line.ToString(System.Globalization.CultureInfo.InvariantCulture));
            text.Append(",col=").Append(diagnostic.Where.Column.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        return text.Append("::").Append(EscapeData($"{diagnostic.Code} {diagnostic.Message}")).ToString();
    }

    public static string Json(IEnumerable<Diagnostic> diagnostics)
    {
        using var buffer = new MemoryStream();
        // Relaxed escaping keeps β and é readable; the output is never embedded in HTML.
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" };
        using (var writer = new Utf8JsonWriter(buffer, options))
        {
            writer.WriteStartArray();
            foreach (var diagnostic in diagnostics)
            {
                writer.WriteStartObject();
                writer.WriteString("file", diagnostic.Where.File);
                WritePosition(writer, "line", diagnostic.Where.Line);
                WritePosition(writer, "column", diagnostic.Where.Column);
                writer.WriteString("severity", diagnostic.IsError ? "error" : "warning");
                writer.WriteString("code", diagnostic.Code);
                writer.WriteString("message", diagnostic.Message);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WritePosition(Utf8JsonWriter writer, string name, int value)
    {
        if (value > 0)
            writer.WriteNumber(name, value);
        else
            writer.WriteNull(name);
    }

    private static string Lines(IEnumerable<Diagnostic> diagnostics, Func<Diagnostic, string> format)
    {
        var text = new StringBuilder();
        foreach (var diagnostic in diagnostics)
            text.Append(format(diagnostic)).Append('\n');
        return text.ToString();
    }

    private static string EscapeData(string value) =>
        value.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string EscapeProperty(string value) =>
        EscapeData(value).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
