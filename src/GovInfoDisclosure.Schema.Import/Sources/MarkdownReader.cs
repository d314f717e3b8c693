namespace GovInfoDisclosure.Schema.Import.Sources;

internal static class MarkdownReader
{
    public static bool IsSeparatorRow(string line) => false;

    public static SourceDocument Read(string text) => PipeTextReader.Read(text);
}
