namespace ExoReport.Fuzz;

/// <summary>
/// Pieces of YAML syntax and hostile text the mutator inserts. Random bytes rarely form YAML structure; these
/// make the loop reach the parser's, the schema's and the writers' harder paths.
/// </summary>
public static class YamlTokens
{
    public static readonly string[] Syntax =
    [
        ": ", "- ", "-", "? ", "[", "]", "{", "}", ", ", "&a ", "*a", "&b [", "*b", "!!str ", "!!int ", "!tag ",
        "|", "|-", ">", ">+", "'", "\"", "''", "\"\\u0000\"", "\"\\x41\"", "\"\\uD800\"", "# ", "---\n", "...\n",
        "%YAML 1.2\n", "%TAG ! tag:x,2000:\n", "<<: ", "~", "null", "true", "false", "\t", "\r", "\r\n", "\n",
        "\n  ", "\n    ", "\n      - ", "  ", "\uFEFF", "\0", "\\", "@", "`", "%", "=",
    ];

    public static readonly string[] Values =
    [
        "0", "-1", "1", "2", "99", "100000", "100001", "2147483648", "-2147483649", "99999999999999999999999",
        "1e308", "1e309", "-0", "0.0", ".inf", "-.inf", ".nan", "NaN", "0x1F", "0o17", "1_000", "17.100",
        "\"\"", "''", "[]", "{}", "[[]]", "{a: 1}", "x", "10.1016/x", "10.1/x", "doi:10.1016/x",
        "https://doi.org/10.1016/x", "1900", "2100", "1899", "2025-02-29", "2024-02-29", "9999-12-31",
        "\"\\\\input{/etc/passwd}\"", "'\\write18{touch /tmp/x}'", "'\\catcode`\\^^5c=12'", "'\\def\\x{\\x}\\x'",
        "'^^5c^^5c'", "'{'", "'}'", "'%'", "'|'", "'<script>alert(1)</script>'", "'[x](javascript:alert(1))'",
        "'# h'", "'> q'", "'- l'", "'```'", "'a\\nb'", "\"a\\nb\"", "\"\\t\"", "'\u202Eevil'", "'שלום'",
        "'e\u0301\u0301\u0301'", "'😀👩‍👩‍👧'", "'\U0001FFFF'", "'\uFFFF'", "'\u0085'", "'\u2028'",
        "'" + new string('w', 3000) + "'", "'" + string.Concat(Enumerable.Repeat("ab ", 2000)) + "'",
        "systemic", "local", "drug", "mirna", "evidence-map", "years", "sources", "routes", "limitations",
        "I", "II", "I/II", "bm-msc", "tail-iv", "gao2021", "stem-cells", "cargo-loading", "mechanism-depth",
        "inflammation-pyroptosis",
    ];

    public static readonly string[] Keys =
    [
        "id", "label", "title", "authors", "number", "year", "doi", "row", "table1", "studies", "references",
        "taxonomy", "review", "report", "clinical", "charts", "kind", "width", "height", "source", "reference",
        "mechanisms", "findings", "delivery", "route", "wording", "engineering", "figures", "value", "sd", "unit",
        "limitations", "theme", "text", "cargo", "pathways", "effect", "description", "abbreviation", "category",
        "et_al", "volume", "issue", "pages", "journal", "phase", "patients", "follow_up_months", "outcome",
        "population", "keywords", "date", "condition", "name", "schema_version", "table1_caption", "caption",
        "<<", "unknown_key",
    ];
}
