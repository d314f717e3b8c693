using System;

namespace GovInfoDisclosure.Schema.Import.Sources.Decoding;

/// <summary>What the first bytes of an input say it is.</summary>
internal enum SniffedKind
{
    /// <summary>Text of some encoding (plain text, HTML, Markdown, JSON).</summary>
    Text,

    /// <summary>A PDF (<c>%PDF-</c> in the first kilobyte).</summary>
    Pdf,

    /// <summary>A ZIP holding <c>word/document.xml</c>: a Word .docx (or a WPS file saved as .docx).</summary>
    Docx,

    /// <summary>Some other ZIP (a spreadsheet, an archive).</summary>
    OtherZip,

    /// <summary>An OLE compound file: a legacy Word .doc, WPS .wps or Excel .xls.</summary>
    LegacyOffice,
}

/// <summary>Recognises binary documents by their magic numbers, before any decoding.</summary>
internal static class ByteSniffer
{
    private static readonly byte[] OleMagic = { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 };

    public static SniffedKind Sniff(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= OleMagic.Length && bytes.Slice(0, OleMagic.Length).SequenceEqual(OleMagic))
        {
            return SniffedKind.LegacyOffice;
        }

        if (bytes.Length >= 4 && bytes[0] == (byte)'P' && bytes[1] == (byte)'K' && bytes[2] == 3 && bytes[3] == 4)
        {
            return Contains(bytes, "word/document.xml") ? SniffedKind.Docx : SniffedKind.OtherZip;
        }

        // The PDF header may follow a few bytes of junk; readers accept it within the first 1024 bytes.
        ReadOnlySpan<byte> head = bytes.Length > 1024 ? bytes.Slice(0, 1024) : bytes;
        return Contains(head, "%PDF-") ? SniffedKind.Pdf : SniffedKind.Text;
    }

    private static bool Contains(ReadOnlySpan<byte> bytes, string ascii)
    {
        Span<byte> needle = stackalloc byte[ascii.Length];
        for (int i = 0; i < ascii.Length; i++)
        {
            needle[i] = (byte)ascii[i];
        }

        return bytes.IndexOf(needle) >= 0;
    }
}
