using System;
using System.IO;
using System.Text;
using GovInfoDisclosure.Cli.Io;

namespace GovInfoDisclosure.Cli.Commands;

/// <summary>Reads a text input (a file or standard input) for the import and render verbs: UTF-8, or GB18030 when the bytes are not UTF-8.</summary>
internal static class InputText
{
    /// <summary>
    /// The largest input read, in bytes (8 MiB): the import's limit of <see cref="GovInfoDisclosure.Schema.Import.ImportOptions.DefaultMaxInputChars"/>
    /// characters at 4 bytes each, the most any encoding takes; a larger input could only be refused after decoding.
    /// </summary>
    public const long MaxBytes = 4L * GovInfoDisclosure.Schema.Import.ImportOptions.DefaultMaxInputChars;

    /// <summary>Reads the input; <see langword="null"/> with a message when it cannot be read or is too large.</summary>
    /// <remarks>Read through <see cref="BoundedInput"/>: never more than <see cref="MaxBytes"/> + 1 bytes, also from a device or a pipe.</remarks>
    public static string? Read(string path, CliConsole console, out string? error)
    {
        InputBytes input = BoundedInput.Read(path, console, MaxBytes);
        error = input.Error ?? (input.SizeOverLimit > 0 ? $"larger than {MaxBytes} bytes" : null);
        return input.Bytes is { } bytes ? Decode(bytes) : null;
    }

    /// <summary>UTF-8 (with or without BOM); otherwise GB18030, the encoding of many government web pages.</summary>
    public static string Decode(byte[] bytes)
    {
        int start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding("GB18030").GetString(bytes);
        }
    }
}
