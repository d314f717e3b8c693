using System;
using System.IO;

namespace GovInfoDisclosure.Cli.Corpus;

/// <summary>
/// Reads a JSON Lines stream (one document per line) line by line without holding more than one line in memory, and
/// never more than <c>maxLineBytes</c> of a line: a longer line is skipped to its end and reported by its length only.
/// </summary>
/// <remarks>
/// Lines end with <c>"\n"</c>; a <c>"\r"</c> before it is dropped. A last line without <c>"\n"</c> counts. Lines that hold
/// only spaces, tabs or <c>"\r"</c> are skipped (they are not documents) but keep their number, so the number of every
/// line read is its 1-based line in the file. Not thread-safe: one reader per stream.
/// </remarks>
internal sealed class JsonLinesReader
{
    private const int ChunkSize = 64 * 1024;

    private readonly Stream _stream;
    private readonly int _maxLineBytes;
    private readonly long _keepBytes;
    private readonly byte[] _chunk = new byte[ChunkSize];
    private int _chunkStart;
    private int _chunkEnd;
    private bool _endOfStream;
    private long _lineNumber;

    // The line being assembled across chunks; grows up to maxLineBytes only.
    private byte[] _line = new byte[4096];
    private int _lineLength;

    public JsonLinesReader(Stream stream, int maxLineBytes)
    {
        _stream = stream ?? throw new ArgumentNullException(nameof(stream));
        _maxLineBytes = maxLineBytes > 0 ? maxLineBytes : throw new ArgumentOutOfRangeException(nameof(maxLineBytes));
        _keepBytes = maxLineBytes + 1L;
    }

    /// <summary>Reads the next line that holds something.</summary>
    /// <param name="line">The line: its number and its bytes, or only its length when it is longer than the limit.</param>
    /// <returns><see langword="false"/> at the end of the stream.</returns>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public bool TryReadLine(out JsonLine line)
    {
        while (true)
        {
            if (!TryReadRawLine(out long number, out long length, out bool tooLong))
            {
                line = default;
                return false;
            }

            if (tooLong)
            {
                line = new JsonLine(number, null, length);
                return true;
            }

            // Drop the "\r" of a "\r\n" line end (the buffer keeps one byte over the limit for it).
            int used = _lineLength;
            if (used > 0 && _line[used - 1] == (byte)'\r')
            {
                used--;
            }

            if (used > _maxLineBytes)
            {
                line = new JsonLine(number, null, used);
                return true;
            }

            if (IsBlank(_line.AsSpan(0, used)))
            {
                continue;
            }

            line = new JsonLine(number, _line.AsSpan(0, used).ToArray(), used);
            return true;
        }
    }

    private static bool IsBlank(ReadOnlySpan<byte> bytes)
    {
        foreach (byte b in bytes)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Assembles one line up to its "\n" (or the end of the stream) into <see cref="_line"/>, or only counts it.</summary>
    private bool TryReadRawLine(out long number, out long length, out bool tooLong)
    {
        _lineLength = 0;
        length = 0;
        tooLong = false;
        bool any = false;
        while (true)
        {
            if (_chunkStart == _chunkEnd)
            {
                if (_endOfStream || !Fill())
                {
                    number = any ? ++_lineNumber : _lineNumber;
                    return any;
                }
            }

            any = true;
            ReadOnlySpan<byte> available = _chunk.AsSpan(_chunkStart, _chunkEnd - _chunkStart);
            int newline = available.IndexOf((byte)'\n');
            ReadOnlySpan<byte> part = newline < 0 ? available : available.Slice(0, newline);
            length += part.Length;
            if (!tooLong)
            {
                if (length > _keepBytes)
                {
                    // Stop keeping the line: from here on it is only counted.
                    tooLong = true;
                    _lineLength = 0;
                }
                else
                {
                    Append(part);
                }
            }

            if (newline >= 0)
            {
                _chunkStart += newline + 1;
                number = ++_lineNumber;
                return true;
            }

            _chunkStart = _chunkEnd;
        }
    }

    private void Append(ReadOnlySpan<byte> part)
    {
        int needed = _lineLength + part.Length;
        if (needed > _line.Length)
        {
            int size = (int)Math.Min(Math.Max((long)_line.Length * 2, needed), _keepBytes);
            Array.Resize(ref _line, size);
        }

        part.CopyTo(_line.AsSpan(_lineLength));
        _lineLength = needed;
    }

    private bool Fill()
    {
        int read = _stream.Read(_chunk, 0, _chunk.Length);
        if (read <= 0)
        {
            _endOfStream = true;
            _chunkStart = _chunkEnd = 0;
            return false;
        }

        _chunkStart = 0;
        _chunkEnd = read;
        return true;
    }
}
