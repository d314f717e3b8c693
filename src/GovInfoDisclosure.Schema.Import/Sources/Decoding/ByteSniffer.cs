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

    /// <summary>Some other ZIP (an archive, a presentation).</summary>
    OtherZip,

    /// <summary>A ZIP holding <c>xl/workbook.xml</c>: an Excel .xlsx (or a WPS spreadsheet saved as .xlsx).</summary>
    Spreadsheet,

    /// <summary>A ZIP holding <c>OFD.xml</c>: an OFD document (开放版式文档, GB/T 33190), the Chinese fixed-layout format.</summary>
    Ofd,

    /// <summary>An OLE compound file: a legacy Word .doc, WPS .wps or Excel .xls.</summary>
    LegacyOffice,

    /// <summary>A Rich Text Format file (<c>{\rtf</c>), as Word and WPS save it.</summary>
    Rtf,

    /// <summary>An image (PNG, JPEG, GIF, TIFF, BMP, WebP): a scanned or photographed page.</summary>
    Image,
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
            // Entry names are stored uncompressed in the local headers and the central directory.
            return Contains(bytes, "word/document.xml") ? SniffedKind.Docx
                : Contains(bytes, "xl/workbook.xml") ? SniffedKind.Spreadsheet
                : Contains(bytes, "OFD.xml") ? SniffedKind.Ofd
                : SniffedKind.OtherZip;
        }

        if (StartsWith(bytes, "{\\rtf"))
        {
            return SniffedKind.Rtf;
        }

        if (IsImage(bytes))
        {
            return SniffedKind.Image;
        }

        // The PDF header may follow a few bytes of junk; readers accept it within the first 1024 bytes.
        ReadOnlySpan<byte> head = bytes.Length > 1024 ? bytes.Slice(0, 1024) : bytes;
        return Contains(head, "%PDF-") ? SniffedKind.Pdf : SniffedKind.Text;
    }

    /// <summary>PNG, JPEG, GIF, TIFF (both byte orders), WebP, and BMP when its header's file size is the input's.</summary>
    private static bool IsImage(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 12)
        {
            return false;
        }

        bool png = bytes[0] == 0x89 && bytes[1] == (byte)'P' && bytes[2] == (byte)'N' && bytes[3] == (byte)'G' && bytes[4] == 0x0D && bytes[5] == 0x0A;
        bool jpeg = bytes[0] == 0xFF && bytes[1] == 0xD8 && bytes[2] == 0xFF;
        bool gif = StartsWith(bytes, "GIF87a") || StartsWith(bytes, "GIF89a");
        bool tiff = (bytes[0] == (byte)'I' && bytes[1] == (byte)'I' && bytes[2] == 42 && bytes[3] == 0)
            || (bytes[0] == (byte)'M' && bytes[1] == (byte)'M' && bytes[2] == 0 && bytes[3] == 42);
        bool webp = StartsWith(bytes, "RIFF") && bytes[8] == (byte)'W' && bytes[9] == (byte)'E' && bytes[10] == (byte)'B' && bytes[11] == (byte)'P';
        bool bmp = bytes[0] == (byte)'B' && bytes[1] == (byte)'M'
            && (bytes[2] | bytes[3] << 8 | bytes[4] << 16 | bytes[5] << 24) == bytes.Length;
        return png || jpeg || gif || tiff || webp || bmp;
    }

    private static bool StartsWith(ReadOnlySpan<byte> bytes, string ascii)
    {
        if (bytes.Length < ascii.Length)
        {
            return false;
        }

        for (int i = 0; i < ascii.Length; i++)
        {
            if (bytes[i] != (byte)ascii[i])
            {
                return false;
            }
        }

        return true;
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
