using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovInfoDisclosure.Cli.Corpus;
using Xunit;

namespace GovInfoDisclosure.Schema.Tests.Cli.Corpus;

public class JsonLinesReaderTests
{
    private static List<JsonLine> ReadAll(byte[] content, int maxLineBytes)
    {
        var reader = new JsonLinesReader(new MemoryStream(content), maxLineBytes);
        var lines = new List<JsonLine>();
        while (reader.TryReadLine(out JsonLine line))
        {
            lines.Add(line);
        }

        return lines;
    }

    private static List<JsonLine> ReadAll(string content, int maxLineBytes = 1000) => ReadAll(Encoding.UTF8.GetBytes(content), maxLineBytes);

    private static string Text(JsonLine line) => Encoding.UTF8.GetString(line.Bytes!);

    [Fact]
    public void Lines_AreNumberedInTheFile_BlankLinesSkipped_LineEndsDropped()
    {
        List<JsonLine> lines = ReadAll("{\"a\":1}\n\n  \t\r\n{\"b\":2}\r\n平武\n   x  ");

        Assert.Equal(new long[] { 1, 4, 5, 6 }, lines.Select(l => l.Number));
        Assert.Equal(new[] { "{\"a\":1}", "{\"b\":2}", "平武", "   x  " }, lines.Select(Text));
        Assert.Equal(new long[] { 7, 7, 6, 6 }, lines.Select(l => l.Length));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n")]
    [InlineData("\n\n\r\n   \n")]
    public void NothingButLineEnds_IsNoLine(string content) => Assert.Empty(ReadAll(content));

    [Fact]
    public void LineOverTheLimit_IsReportedByItsLength_AndTheNextLineIsRead()
    {
        string big = new('x', 250_000);
        List<JsonLine> lines = ReadAll("ok\n" + big + "\r\nnext", maxLineBytes: 100_000);

        Assert.Equal(3, lines.Count);
        Assert.Null(lines[1].Bytes);
        Assert.Equal(2, lines[1].Number);

        // The length counts every byte of the line up to its "\n" (the "\r" included: the line was never kept).
        Assert.Equal(250_001, lines[1].Length);
        Assert.Equal("next", Text(lines[2]));
    }

    [Fact]
    public void LineAtTheLimit_IsKept_AcrossChunkBoundaries()
    {
        string exact = new('y', 200_000);
        List<JsonLine> lines = ReadAll(exact + "\n" + exact, maxLineBytes: 200_000);

        Assert.Equal(new[] { exact, exact }, lines.Select(Text));
    }

    [Fact]
    public void HugeLineWithoutLineEnd_IsCountedWithoutBeingKept()
    {
        var zeros = new byte[20 * 1024 * 1024];
        long before = System.GC.GetAllocatedBytesForCurrentThread();
        List<JsonLine> lines = ReadAll(zeros, maxLineBytes: 1024);
        long allocated = System.GC.GetAllocatedBytesForCurrentThread() - before;

        JsonLine line = Assert.Single(lines);
        Assert.Null(line.Bytes);
        Assert.Equal(zeros.Length, line.Length);
        Assert.True(allocated < 1024 * 1024, $"allocated {allocated} bytes");
    }

    [Property(MaxTest = 200)]
    public Property AnyLines_ReadBackAsWritten(string[] texts, PositiveInt limit, bool crlf)
    {
        int max = 1 + limit.Get % 64;
        string[] clean = (texts ?? System.Array.Empty<string>()).Select(t => (t ?? string.Empty).Replace("\n", string.Empty).Replace("\r", string.Empty)).ToArray();
        string content = string.Join(crlf ? "\r\n" : "\n", clean);
        List<JsonLine> lines = ReadAll(content, max);

        var expected = clean
            .Select((t, i) => (Number: (long)i + 1, Text: t, Bytes: Encoding.UTF8.GetByteCount(t)))
            .Where(e => e.Text.Trim(' ', '\t').Length > 0 || e.Bytes > max)
            .ToList();
        bool same = lines.Count == expected.Count && lines.Zip(expected).All(p =>
            p.First.Number == p.Second.Number
            && (p.Second.Bytes > max
                ? p.First.Bytes is null
                : p.First.Bytes is not null && Text(p.First) == p.Second.Text));
        return same.Label($"lines {lines.Count}, expected {expected.Count}");
    }
}
