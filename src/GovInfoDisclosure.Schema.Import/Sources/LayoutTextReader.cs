namespace GovInfoDisclosure.Schema.Import.Sources;

internal static class LayoutTextReader
{
    public static bool LooksLikeLayoutRow(string line) => false;

    public static SourceDocument Read(string text) => PipeTextReader.Read(text);
}
