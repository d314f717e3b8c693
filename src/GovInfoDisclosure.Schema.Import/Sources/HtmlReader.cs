namespace GovInfoDisclosure.Schema.Import.Sources;

internal static class HtmlReader
{
    public static SourceDocument Read(string text) => PipeTextReader.Read(text);
}
