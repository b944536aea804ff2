namespace ExoReport.Bench;

/// <summary>
/// The edit a <c>watch</c> user typically saves: one word added to the first finding of the first study. The text
/// of the report changes (Table 1, the PDF); no chart does, since findings' wording feeds none.
/// </summary>
public static class OneStudyEdit
{
    private const string Word = "Edited ";

    public static EvidenceSource Apply(EvidenceSource source)
    {
        var text = source.Text;
        var studies = text.IndexOf("\nstudies:\n", StringComparison.Ordinal);
        var findings = studies < 0 ? -1 : text.IndexOf("    findings:\n", studies, StringComparison.Ordinal);
        if (findings < 0)
            throw new InvalidOperationException($"The {source.Name} evidence has no study with findings to edit.");
        // The first finding's line: "      - text" or "      - \"text\"" (synthetic); the word goes before its first letter.
        var item = text.IndexOf("- ", findings + "    findings:\n".Length, StringComparison.Ordinal) + 2;
        if (text[item] == '"')
            item++;
        return new EvidenceSource(source.Name + "-edited", text.Insert(item, Word));
    }
}
