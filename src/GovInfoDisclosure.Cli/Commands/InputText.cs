using System;
using System.IO;
using System.Text;

namespace GovInfoDisclosure.Cli.Commands;

/// <summary>Reads a text input (a file or standard input) for the import and render verbs: UTF-8, or GB18030 when the bytes are not UTF-8.</summary>
internal static class InputText
{
    /// <summary>The largest input read, in bytes (32 MiB).</summary>
    public const long MaxBytes = 32L * 1024 * 1024;

    /// <summary>Reads the input; <see langword="null"/> with a message when it cannot be read or is too large.</summary>
    public static string? Read(string path, CliConsole console, out string? error)
    {
        error = null;
        byte[] bytes;
        try
        {
            if (path == "-")
            {
                using Stream input = console.OpenStandardInput();
                bytes = ReadAtMost(input, MaxBytes + 1);
            }
            else
            {
                string fullPath = Path.Combine(console.WorkingDirectory, path);
                if (new FileInfo(fullPath).Length > MaxBytes)
                {
                    error = $"larger than {MaxBytes} bytes";
                    return null;
                }

                bytes = File.ReadAllBytes(fullPath);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error = ex.Message;
            return null;
        }

        if (bytes.Length > MaxBytes)
        {
            error = $"larger than {MaxBytes} bytes";
            return null;
        }

        return Decode(bytes);
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

    private static byte[] ReadAtMost(Stream input, long limit)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (buffer.Length < limit && (read = input.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
