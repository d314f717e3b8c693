namespace GovInfoDisclosure.Schema.Import;

/// <summary>The kinds of source the importer reads: texts, and the binary documents PDF and Word (<c>.docx</c>), given as bytes.</summary>
public enum ImportSourceKind
{
    /// <summary>Text scraped from a web page: tables flattened into <c>|</c>-separated cells, one row per line or one cell per line.</summary>
    PlainText = 0,

    /// <summary>Text extracted from a PDF as <c>pdftotext -layout</c> prints it: cells separated by runs of spaces, page breaks as form feeds.</summary>
    PdfLayoutText = 1,

    /// <summary>An HTML page or fragment with <c>&lt;table&gt;</c> elements.</summary>
    Html = 2,

    /// <summary>Markdown with pipe tables, including damaged ones from PDF-to-Markdown converters.</summary>
    Markdown = 3,

    /// <summary>The table JSON of KIROGOVCOMPARE, read by <see cref="Interop.KiroGovCompareJson"/>.</summary>
    KiroGovCompareJson = 4,

    /// <summary>A PDF file (bytes), read with its text layer: words with their positions become lines and table rows.</summary>
    Pdf = 5,

    /// <summary>A Word document in the Office Open XML format (<c>.docx</c>, bytes): paragraphs and tables with merged cells.</summary>
    Docx = 6,
}
