using System.Text;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ExoReport.Tests.Escaping;

/// <summary>
/// Reads Markdown back with Markdig configured like GitHub: pipe tables, strikethrough, task lists, autolinks and
/// math. Text comes back only if it is nothing but literal text: any emphasis, link, code, HTML or entity fails.
/// </summary>
public static class MarkdigReader
{
    public static readonly MarkdownPipeline GitHubLike = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras(Markdig.Extensions.EmphasisExtras.EmphasisExtraOptions.Strikethrough)
        .UseTaskLists()
        .UseAutoLinks()
        .UseMathematics()
        .Build();

    /// <summary>The literal text of a document that must be a single paragraph (or empty).</summary>
    public static string ParagraphText(string markdown)
    {
        var document = Markdown.Parse(markdown, GitHubLike);
        if (document.Count == 0)
        {
            return "";
        }

        Assert.True(document.Count == 1 && document[0] is ParagraphBlock,
            $"expected one paragraph, got {string.Join(", ", document.Select(block => block.GetType().Name))}");
        return LiteralText(((ParagraphBlock)document[0]).Inline!);
    }

    /// <summary>The cells of the second (first data) row of a document that must be a single pipe table.</summary>
    public static IReadOnlyList<string> DataRowCells(string markdown)
    {
        var document = Markdown.Parse(markdown, GitHubLike);
        Assert.True(document.Count == 1 && document[0] is Table,
            $"expected one table, got {string.Join(", ", document.Select(block => block.GetType().Name))}");
        var table = (Table)document[0];
        Assert.Equal(2, table.Count);
        var row = (TableRow)table[1];
        return row.Cast<TableCell>()
            .Select(cell => cell.Count == 0 ? "" : LiteralText(((ParagraphBlock)cell[0]).Inline!, allowLineBreakHtml: true))
            .ToList();
    }

    /// <summary>Concatenated literals; <c>&lt;br&gt;</c> reads as a line break when allowed.</summary>
    public static string LiteralText(ContainerInline inlines, bool allowLineBreakHtml = false)
    {
        var text = new StringBuilder();
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.ToString());
                    break;
                case HtmlInline { Tag: "<br>" } when allowLineBreakHtml:
                    text.Append('\n');
                    break;
                case LineBreakInline { IsHard: false }: // a line break in the Markdown source, not in the text
                    text.Append('\n');
                    break;
                default:
                    Assert.Fail($"markup where only text was expected: {inline.GetType().Name} '{inline}'");
                    break;
            }
        }

        return text.ToString();
    }
}
