using ExoReport.Layout;
using ExoReport.Writers.Pdf;
using System.CommandLine;
using ExoReport.Build;
using ExoReport.Synthesis;

namespace ExoReport.Cli.Commands;

/// <summary>The options <c>build</c> and <c>watch</c> share, declared once so both explain and parse them alike.</summary>
public sealed class BuildOptionSet
{
    public Argument<string> File { get; } = new Argument<string>("FILE") { Description = "The evidence file (YAML) to build the report from." }.NonEmpty();

    public Option<string> Output { get; } = new Option<string>("--out", "-o")
    {
        Description = "The folder to write into; created when missing.",
        DefaultValueFactory = _ => "out",
        HelpName = "DIR",
    }.NonEmpty();

    public Option<string> Formats { get; } = new("--format", "-f")
    {
        Description = "What to write, comma-separated: md, tex, pdf, figures, or all.",
        DefaultValueFactory = _ => "all",
        HelpName = "md,tex,pdf,figures|all",
    };

    public Option<string> Numbering { get; } = CreateNumbering();

    public Option<string?> Templates { get; } = new Option<string?>("--templates")
    {
        HelpName = "DIR",
        Description = "A folder of your own templates (laid out like templates/: markdown/report.scriban, latex/tables/table1.scriban, ...); each file there replaces the shipped one.",
    }.NonEmpty();

    public Option<bool> Quiet { get; } = new("--quiet", "-q") { Description = "Print errors only." };

    public Option<string> Paper { get; } = CreatePaper();

    public Option<string?> FontDirectory { get; } = new Option<string?>("--font-dir")
    {
        Description = "A folder of .ttf/.otf fonts for the PDF; by default the DejaVu fonts built into ExoReport are used, so output never depends on the machine.",
        HelpName = "DIR",
    };

    public Option<string?> BodyFont { get; } = new Option<string?>("--body-font")
    {
        Description = "The font family of the PDF's running text (from --font-dir); default DejaVu Serif.",
        HelpName = "FAMILY",
    };

    public Option<string?> TableFont { get; } = new Option<string?>("--table-font")
    {
        Description = "The font family of the PDF's tables, header and footer (from --font-dir); default DejaVu Sans.",
        HelpName = "FAMILY",
    };

    public void AddTo(Command command)
    {
        command.Arguments.Add(File);
        command.Options.Add(Output);
        command.Options.Add(Formats);
        command.Options.Add(Numbering);
        command.Options.Add(Templates);
        command.Options.Add(Quiet);
        command.Options.Add(Paper);
        command.Options.Add(FontDirectory);
        command.Options.Add(BodyFont);
        command.Options.Add(TableFont);
    }

    /// <summary>The request, or null after printing why the options are unusable.</summary>
    public BuildRequest? Read(ParseResult parse, CliConsole console, bool checkOnly)
    {
        var formats = FormatList.Parse(parse.GetValue(Formats)!, out var error);
        if (formats is null)
        {
            console.Error.WriteLine($"exoreport: {error}");
            return null;
        }
        var templates = parse.GetValue(Templates);
        if (templates is not null && !Directory.Exists(console.Resolve(templates)))
        {
            console.Error.WriteLine($"exoreport: --templates {templates}: no such folder");
            return null;
        }
        var output = parse.GetValue(Output)!;
        if (OutputFolderCheck.Problem(output, console.Resolve(output)) is { } problem)
        {
            console.Error.WriteLine($"exoreport: {problem}");
            return null;
        }
        var fontDirectory = parse.GetValue(FontDirectory);
        if (fontDirectory is not null && !Directory.Exists(console.Resolve(fontDirectory)))
        {
            console.Error.WriteLine($"exoreport: --font-dir {fontDirectory}: no such folder");
            return null;
        }
        var options = new BuildOptions(formats.Value, Enum.Parse<NumberingMode>(parse.GetValue(Numbering)!, ignoreCase: true),
            templates is null ? null : console.Resolve(templates), PdfOptions(parse, console, fontDirectory));
        return new BuildRequest(parse.GetValue(File)!, output, options, checkOnly, parse.GetValue(Quiet));
    }

    private PdfReportOptions PdfOptions(ParseResult parse, CliConsole console, string? fontDirectory)
    {
        var pdf = new PdfReportOptions
        {
            PageSize = parse.GetValue(Paper) == "letter" ? PageSize.Letter : PageSize.A4,
            FontDirectory = fontDirectory is null ? null : console.Resolve(fontDirectory),
        };
        if (parse.GetValue(BodyFont) is { } body)
            pdf = pdf with { BodyFontFamily = body };
        if (parse.GetValue(TableFont) is { } table)
            pdf = pdf with { TableFontFamily = table };
        return pdf;
    }

    private static Option<string> CreatePaper()
    {
        var option = new Option<string>("--paper")
        {
            Description = "The PDF's paper size: a4 or letter.",
            DefaultValueFactory = _ => "a4",
        };
        option.AcceptOnlyFromAmong("a4", "letter");
        return option;
    }

    private static Option<string> CreateNumbering()
    {
        var option = new Option<string>("--numbering")
        {
            Description = "Reference numbers: 'source' keeps each reference's own number, 'appearance' numbers in order of first citation, 'auto' uses source numbers when every reference has one.",
            DefaultValueFactory = _ => "auto",
        };
        option.AcceptOnlyFromAmong("auto", "source", "appearance");
        return option;
    }
}
