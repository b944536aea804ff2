using System.Text;
using ExoReport.Tests.Escaping;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ExoReport.Tests.Corpus;

/// <summary>
/// A Markdown report read back with Markdig as GitHub would: its text (cells and blocks on lines of their own,
/// &lt;br&gt; as a line break), its shape (the sequence of blocks, heading levels and table sizes), and every
/// piece of markup that data could have smuggled in. The templates write only headings, paragraphs, pipe tables,
/// emphasis, &lt;sup&gt;/&lt;br&gt;, figure images and DOI links; anything else came from data.
/// </summary>
public sealed class MarkdownView
{
    private readonly StringBuilder _text = new();
    private readonly List<string> _shape = [];
    private readonly List<string> _smuggled = [];
    private int _markup;

    public MarkdownView(string markdown)
    {
        foreach (var block in Markdown.Parse(markdown, MarkdigReader.GitHubLike))
            ReadBlock(block);
    }

    public string Text => _text.ToString();

    /// <summary>One line per block: "heading 2", "paragraph", "table 3x4" ...</summary>
    public IReadOnlyList<string> Shape => _shape;

    /// <summary>Markup no template writes: HTML, code, autolinks, entities, quotes, lists, links to elsewhere.</summary>
    public IReadOnlyList<string> Smuggled => _smuggled;

    private void ReadBlock(Block block)
    {
        _markup = 0;
        switch (block)
        {
            case HeadingBlock heading:
                _shape.Add("heading " + heading.Level);
                ReadInlines(heading.Inline);
                break;
            case ParagraphBlock paragraph:
                _shape.Add("paragraph");
                ReadInlines(paragraph.Inline);
                break;
            case Table table:
                _shape.Add($"table {table.Count}x{((TableRow)table[0]).Count} " +
                    string.Join(",", table.Cast<TableRow>().Select(row => row.Count)));
                foreach (var cell in table.Cast<TableRow>().SelectMany(row => row.Cast<TableCell>()))
                    foreach (var inner in cell)
                        if (inner is ParagraphBlock paragraph)
                            ReadInlines(paragraph.Inline);
                        else
                            _smuggled.Add("block in a table cell: " + inner.GetType().Name);
                break;
            default:
                _shape.Add(block.GetType().Name);
                _smuggled.Add("block: " + block.GetType().Name);
                break;
        }
        // Emphasis and links inside a block are part of its shape: data must not add or remove any.
        _shape[^1] += " markup " + _markup;
        _text.Append('\n');
    }

    private void ReadInlines(ContainerInline? inlines)
    {
        if (inlines is null)
            return;
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    _text.Append(literal.Content.ToString());
                    break;
                case LineBreakInline:
                    _text.Append('\n');
                    break;
                case HtmlInline { Tag: "<br>" }:
                    _text.Append('\n');
                    break;
                case HtmlInline { Tag: "<sup>" or "</sup>" }:
                    _markup++;
                    break;
                case LinkInline link:
                    _markup++;
                    if (!(link.IsImage ? link.Url!.StartsWith("figures/", StringComparison.Ordinal) : link.Url!.StartsWith("https://doi.org/10.", StringComparison.Ordinal)))
                        _smuggled.Add($"link to '{link.Url}'");
                    ReadInlines(link);
                    break;
                case EmphasisInline emphasis:
                    _markup++;
                    ReadInlines(emphasis);
                    break;
                default:
                    _smuggled.Add($"{inline.GetType().Name} '{inline}'");
                    break;
            }
        }
    }
}
