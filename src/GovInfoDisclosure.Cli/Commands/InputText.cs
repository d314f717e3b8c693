using System;
using System.Text;
using GovInfoDisclosure.Cli.Io;
using GovInfoDisclosure.Schema.Import;
using GovInfoDisclosure.Schema.Import.Interop;

namespace GovInfoDisclosure.Cli.Commands;

/// <summary>
/// Reads the bytes of a published report (a file or standard input) for the import, render and validate verbs. No
/// decoding here: the library's <see cref="ReportImporter.Import(byte[], ImportOptions?)"/> recognises PDF, Word and
/// text and decodes the text (BOM, declared charset, UTF-8, GB18030), naming the encoding in a diagnostic.
/// </summary>
internal static class InputText
{
    /// <summary>
    /// The largest input read, in bytes: the importer's byte limit, 32 MiB, because a PDF or Word file carries fonts and
    /// images. A text is held to <see cref="ImportOptions.DefaultMaxInputChars"/> characters as well, and one of more
    /// than four bytes per allowed character is refused before it is decoded.
    /// </summary>
    public const long MaxBytes = ImportOptions.DefaultMaxInputBytes;

    /// <summary>Reads the input; <see langword="null"/> with a message when it cannot be read or is too large.</summary>
    /// <remarks>Read through <see cref="BoundedInput"/>: never more than <see cref="MaxBytes"/> + 1 bytes, also from a device or a pipe.</remarks>
    public static byte[]? Read(string path, CliConsole console, out string? error, byte[]? rawPath = null)
    {
        InputBytes input = BoundedInput.Read(path, console, MaxBytes, rawPath);
        error = input.Error ?? (input.SizeOverLimit > 0 ? $"larger than {MaxBytes} bytes" : null);
        return input.Bytes;
    }

    /// <summary>
    /// Whether the bytes are a canonical JSON document rather than a published report: after an optional UTF-8 BOM and
    /// white space they start with <c>{</c>, and they are not KIROGOVCOMPARE's table JSON (which is imported).
    /// </summary>
    public static bool IsCanonicalJson(byte[] bytes)
    {
        int i = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        while (i < bytes.Length && bytes[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            i++;
        }

        if (i >= bytes.Length || bytes[i] != (byte)'{')
        {
            return false;
        }

        return !KiroGovCompareJson.LooksLikeKiroGovCompare(new UTF8Encoding(false, false).GetString(bytes, i, Math.Min(bytes.Length - i, 1 << 20)));
    }
}
