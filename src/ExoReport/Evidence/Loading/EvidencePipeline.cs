using System.Globalization;
using ExoReport.Diagnostics;
using ExoReport.Evidence.Schema;
using ExoReport.Evidence.Validation;

namespace ExoReport.Evidence.Loading;

/// <summary>
/// The stages from decoded text to a validated model: YAML → JSON with a source map → schema → model → semantic
/// checks. Each stage runs only when the previous one found no error, so one mistake gives one diagnostic
/// rather than a cascade.
/// </summary>
internal static class EvidencePipeline
{
    public static EvidenceLoadResult Run(string file, string text)
    {
        var nul = text.IndexOf('\0', StringComparison.Ordinal);
        if (nul >= 0)
            return Failed(new Diagnostic(TextPosition.At(file, text.AsSpan(0, nul)), Severity.Error, EvidenceCodes.NulByte,
                "the file contains a NUL byte; it is probably binary or UTF-16, and must be UTF-8 text"));

        var read = YamlDocumentReader.Read(file, text);
        if (read.Problem is { } readProblem)
            return Failed(readProblem);

        var converted = YamlToJsonConverter.Convert(file, read.Root!, EvidenceSchema.Shape);
        if (converted.Problem is { } conversionProblem)
            return Failed(conversionProblem);

        var schema = SchemaValidator.Validate(converted.Json!, converted.Map);
        if (schema.Errors.Count > 0)
            return new EvidenceLoadResult(null, Limited(file, schema.Errors, schema.Truncated));

        var evidence = EvidenceModelBuilder.Build(file, converted.Json!, converted.Map);
        var findings = SemanticValidator.Validate(evidence, converted.Map);
        return new EvidenceLoadResult(findings.Any(d => d.IsError) ? null : evidence, Limited(file, findings, truncated: false));
    }

    public static EvidenceLoadResult Failed(Diagnostic diagnostic) => new(null, [diagnostic]);

    /// <summary>
    /// Orders diagnostics by position (stable, so those at one place keep the order they were found in) and
    /// keeps the first <see cref="EvidenceLimits.MaxDiagnostics"/>, closing with EXO015 when some were dropped
    /// or never looked for. EXO015 is an error when an error was dropped, so validity never changes.
    /// </summary>
    private static IReadOnlyList<Diagnostic> Limited(string file, IEnumerable<Diagnostic> diagnostics, bool truncated)
    {
        var ordered = diagnostics.OrderBy(d => d.Where.Line).ThenBy(d => d.Where.Column).ToList();
        if (ordered.Count <= EvidenceLimits.MaxDiagnostics && !truncated)
            return ordered;

        var kept = ordered.Take(EvidenceLimits.MaxDiagnostics).ToList();
        var dropped = ordered.Skip(EvidenceLimits.MaxDiagnostics).ToList();
        var severity = truncated || dropped.Any(d => d.IsError) ? Severity.Error : Severity.Warning;
        var message = truncated
            ? string.Create(CultureInfo.InvariantCulture, $"stopped after {kept.Count} problems; fix these and run again to see the rest")
            : string.Create(CultureInfo.InvariantCulture, $"{dropped.Count} more problems not shown; fix these and run again to see the rest");
        kept.Add(new Diagnostic(SourceSpan.None(file), severity, EvidenceCodes.TooManyProblems, message));
        return kept;
    }
}
