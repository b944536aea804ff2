using System.Collections.Frozen;

namespace ExoReport.Writers.Latex;

/// <summary>
/// Unicode superscript and subscript characters (⁰–⁹ ⁺ ⁻ ₀–₉ ...) as the LaTeX that goes inside
/// <c>\textsuperscript{}</c> or <c>\textsubscript{}</c>. A run of them becomes one command: "10⁻¹²" is
/// <c>10\textsuperscript{\textminus{}12}</c>.
/// </summary>
internal static class LatexScripts
{
    public enum Position
    {
        Superscript,
        Subscript,
    }

    public sealed record Script(Position Position, string Latex);

    public static readonly FrozenDictionary<char, Script> ByCharacter = Build().ToFrozenDictionary();

    public static string Command(Position position) =>
        position == Position.Superscript ? @"\textsuperscript{" : @"\textsubscript{";

    private static Dictionary<char, Script> Build()
    {
        var map = new Dictionary<char, Script>();

        // The signs are real minus and plus signs (U+207B is SUPERSCRIPT MINUS); parentheses and '=' are safe.
        void Add(Position position, string characters, string[] latex)
        {
            for (var i = 0; i < characters.Length; i++)
            {
                map.Add(characters[i], new Script(position, latex[i]));
            }
        }

        string[] common = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "+", @"\textminus{}", "=", "(", ")"];
        Add(Position.Superscript, "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾", common);
        Add(Position.Subscript, "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎", common);
        Add(Position.Superscript, "ⁱⁿ", ["i", "n"]);
        Add(Position.Subscript, "ₐₑₒₓₕₖₗₘₙₚₛₜ", ["a", "e", "o", "x", "h", "k", "l", "m", "n", "p", "s", "t"]);
        return map;
    }
}
