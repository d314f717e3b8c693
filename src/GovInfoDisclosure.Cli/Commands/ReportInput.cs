using System;
using System.IO;
using GovInfoDisclosure.Schema.Json;

namespace GovInfoDisclosure.Cli.Commands;

/// <summary>Reads a report document named on the command line ('-' for standard input), within the size limit.</summary>
internal static class ReportInput
{
    /// <summary>Reads and parses; I/O failures come back as <paramref name="ioError"/>, never as an exception.</summary>
    public static ReportReadResult? TryRead(string path, CliConsole console, out string? ioError)
    {
        ioError = null;
        try
        {
            if (path == "-")
            {
                using Stream input = console.OpenStandardInput();
                return ReportJson.Read(ReadAtMost(input, ReportReadOptions.DefaultMaxDocumentBytes + 1L));
            }

            string fullPath = Path.Combine(console.WorkingDirectory, path);
            long length = new FileInfo(fullPath).Length;
            return ReportJson.CheckSize(length) is { } tooLarge
                ? ReportReadResult.Failure(new[] { tooLarge })
                : ReportJson.Read(File.ReadAllBytes(fullPath));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            ioError = ex.Message;
            return null;
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
