using GovInfoDisclosure.Schema.Diagnostics;
using System;
using System.Linq;
using System.Text;
using GovInfoDisclosure.Schema.Import.Diagnostics;
using GovInfoDisclosure.Schema.Import.Sources;
using GovInfoDisclosure.Schema.Import.Sources.Decoding;
using GovInfoDisclosure.Schema.Json;
using GovInfoDisclosure.Schema.Model;
using Xunit;

namespace GovInfoDisclosure.Schema.Import.Tests.Documents;

/// <summary>Bytes in: the encoding is taken from the BOM, the page's declared charset, or strict UTF-8, and said.</summary>
public class EncodingImportTests
{
    private const string Huarong = "2025-huarong-district-bureau";

    static EncodingImportTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static string Canonical(string name) => ReportJson.Serialize(ReportJson.Deserialize(Fixtures.Json(name)));

    private static Diagnostic EncodingInfo(ImportResult result) =>
        Assert.Single(result.Diagnostics, d => d.Code == ImportDiagnosticCodes.InputEncoding);

    [Fact]
    public void Import_GbkHtmlDeclaringGb2312_SameAsCleanText()
    {
        byte[] bytes = DocumentImportTests.Bytes("2024-pingwu-county-government-office.gbk.html");
        Assert.False(InputDecoder.IsValidUtf8(bytes));

        ImportResult result = ReportImporter.Import(bytes);

        Assert.Equal(ImportSourceKind.Html, result.SourceKind);
        Assert.Equal("GB18030", EncodingInfo(result).Argument("encoding"));
        Assert.Contains("\"gb2312\"", EncodingInfo(result).Argument("source"), StringComparison.Ordinal);
        Assert.Equal(Canonical("2024-pingwu-county-government-office"), ReportJson.Serialize(result.Report!));
    }

    [Fact]
    public void Import_Utf16WithBom_SameAsCleanText()
    {
        ImportResult result = ReportImporter.Import(DocumentImportTests.Bytes(Huarong + ".utf16.txt"));

        Assert.Equal("UTF-16LE", EncodingInfo(result).Argument("encoding"));
        Assert.Equal(Canonical(Huarong), ReportJson.Serialize(result.Report!));
    }

    [Theory]
    [InlineData("utf-8-bom", "UTF-8")]
    [InlineData("utf-16be", "UTF-16BE")]
    [InlineData("utf-32le", "UTF-32LE")]
    [InlineData("utf-32be", "UTF-32BE")]
    [InlineData("gb18030", "GB18030")]
    [InlineData("utf-8", "UTF-8")]
    public void Import_CleanTextInEveryEncoding_SameDocumentAndEncodingNamed(string encoding, string named)
    {
        string text = Fixtures.Text(Huarong);
        byte[] bytes = encoding switch
        {
            "utf-8-bom" => new UTF8Encoding(true).GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray(),
            "utf-16be" => new UnicodeEncoding(true, true).GetPreamble().Concat(new UnicodeEncoding(true, false).GetBytes(text)).ToArray(),
            "utf-32le" => new UTF32Encoding(false, true).GetPreamble().Concat(new UTF32Encoding(false, false).GetBytes(text)).ToArray(),
            "utf-32be" => new UTF32Encoding(true, true).GetPreamble().Concat(new UTF32Encoding(true, false).GetBytes(text)).ToArray(),
            "gb18030" => Encoding.GetEncoding("GB18030").GetBytes(text),
            _ => Encoding.UTF8.GetBytes(text),
        };

        ImportResult result = ReportImporter.Import(bytes);

        Assert.Equal(named, EncodingInfo(result).Argument("encoding"));
        Assert.Equal(DiagnosticSeverity.Info, EncodingInfo(result).Severity);
        Assert.Equal(Canonical(Huarong), ReportJson.Serialize(result.Report!));
    }

    [Fact]
    public void Import_Utf8WithOneBadByte_StaysUtf8AndLocatesIt()
    {
        string text = Fixtures.Text(Huarong);
        int lineStart = text.IndexOf('\n', text.IndexOf('\n') + 1) + 1;
        // The second character of line 3 damaged into the single byte 0xFF (never valid in UTF-8).
        byte[] before = Encoding.UTF8.GetBytes(text.Substring(0, lineStart + 1));
        byte[] after = Encoding.UTF8.GetBytes(text.Substring(lineStart + 2));
        byte[] bytes = before.Concat(new byte[] { 0xFF }).Concat(after).ToArray();
        string replaced = text.Substring(0, lineStart + 1) + "\uFFFD" + text.Substring(lineStart + 2);

        ImportResult result = ReportImporter.Import(bytes);

        Assert.Equal("UTF-8", EncodingInfo(result).Argument("encoding"));
        Diagnostic bad = Assert.Single(result.Diagnostics, d => d.Code == ImportDiagnosticCodes.InputInvalidBytes);
        Assert.Equal(DiagnosticSeverity.Warning, bad.Severity);
        Assert.Equal(3, bad.Location.Line);
        Assert.Equal("line 3, column 2", bad.Argument("where"));
        Assert.Equal(1m, bad.Actual);
        Assert.Equal(ReportJson.Serialize(ReportImporter.Import(replaced).Report!), ReportJson.Serialize(result.Report!));
    }

    [Fact]
    public void Import_Utf8CutInTheMiddleOfACharacter_StaysUtf8AndLocatesTheEnd()
    {
        string text = Fixtures.Text(Huarong).TrimEnd() + "附";
        byte[] bytes = Encoding.UTF8.GetBytes(text);
        byte[] cut = bytes.Take(bytes.Length - 1).ToArray();
        int lines = text.Split('\n').Length;

        ImportResult result = ReportImporter.Import(cut);

        Diagnostic bad = Assert.Single(result.Diagnostics, d => d.Code == ImportDiagnosticCodes.InputInvalidBytes);
        Assert.Equal(lines, bad.Location.Line);
        Assert.Equal("UTF-8", EncodingInfo(result).Argument("encoding"));
        Assert.Equal(Canonical(Huarong), ReportJson.Serialize(result.Report!));
    }

    [Fact]
    public void Decode_ManyInvalidSequences_Gb18030()
    {
        byte[] gbk = Encoding.GetEncoding("GB18030").GetBytes("一、总体情况\n本年度共收到申请 3 件。");

        DecodedInput decoded = InputDecoder.Decode(gbk);

        Assert.Equal("GB18030", decoded.EncodingName);
        Assert.Equal("一、总体情况\n本年度共收到申请 3 件。", decoded.Text);
        Diagnostic chosen = Assert.Single(decoded.Diagnostics);
        Assert.Equal((ImportDiagnosticCodes.InputEncoding, "GB18030"), (chosen.Code, chosen.Argument("encoding")));
        Assert.StartsWith("not UTF-8", chosen.Argument("source"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0xC0, 0x80 }, 2)] // overlong NUL: one sequence per byte (C0 is never a lead byte)
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 }, 3)] // an encoded surrogate
    [InlineData(new byte[] { 0xF4, 0x90, 0x80, 0x80 }, 4)] // above U+10FFFF
    [InlineData(new byte[] { 0xE4, 0xB8 }, 1)] // a truncated three-byte sequence: its maximal subpart is one U+FFFD
    public void Decode_InvalidUtf8_EachMaximalSubpartReplaced(byte[] bad, int replacements)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(new string('中', 200)).Concat(bad).ToArray();

        DecodedInput decoded = InputDecoder.Decode(bytes);

        Assert.Equal("UTF-8", decoded.EncodingName);
        Assert.Equal(replacements, decoded.Text.Count(c => c == '\uFFFD'));
        Assert.Contains(decoded.Diagnostics, d => d.Code == ImportDiagnosticCodes.InputInvalidBytes && d.Argument("where").StartsWith("line 1, column 201", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("<meta charset=\"gbk\">", "GB18030")]
    [InlineData("<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=GB2312\">", "GB18030")]
    [InlineData("<meta charset='utf-8'>", "UTF-8")]
    [InlineData("<meta charset=utf-16>", "UTF-8")] // a page cannot declare UTF-16 (WHATWG): read as UTF-8
    [InlineData("<meta charset=big5>", "BIG5")]
    public void Decode_HtmlDeclaredCharset_Followed(string meta, string named)
    {
        byte[] bytes = Encoding.ASCII.GetBytes("<html><head>" + meta + "</head><body><p>x</p></body></html>");

        Assert.Equal(named, InputDecoder.Decode(bytes).EncodingName);
    }

    [Fact]
    public void Import_TooManyBytes_RefusedBeforeDecoding()
    {
        byte[] bytes = Encoding.UTF8.GetBytes(Fixtures.Text(Huarong));

        ImportResult result = ReportImporter.Import(bytes, new ImportOptions { MaxInputBytes = 1000 });

        Diagnostic error = Assert.Single(result.Diagnostics);
        Assert.Equal(ImportDiagnosticCodes.InputTooLarge, error.Code);
        Assert.Equal(bytes.Length, error.Actual);
    }

    [Fact]
    public void Import_Stream_ReadsNoMoreThanTheLimitPlusOne()
    {
        var stream = new CountingStream(10_000_000);

        ImportResult result = ReportImporter.Import(stream, new ImportOptions { MaxInputBytes = 4096 });

        Assert.Equal(ImportDiagnosticCodes.InputTooLarge, Assert.Single(result.Diagnostics).Code);
        Assert.Equal(4097, stream.Position);
    }

    [Fact]
    public void Import_EmptyBytes_InputEmpty()
    {
        ImportResult result = ReportImporter.Import(Array.Empty<byte>());

        Assert.Contains(result.Diagnostics, d => d.Code == ImportDiagnosticCodes.InputEmpty);
        Assert.Null(result.Report);
    }

    /// <summary>An endless stream of spaces that counts what was read.</summary>
    private sealed class CountingStream : System.IO.Stream
    {
        private readonly long _length;

        public CountingStream(long length) => _length = length;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get; set; }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            int n = (int)Math.Min(count, _length - Position);
            buffer.AsSpan(offset, n).Fill((byte)' ');
            Position += n;
            return n;
        }

        public override long Seek(long offset, System.IO.SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
