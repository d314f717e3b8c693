using System;
using System.IO;
using System.Text.Json;

// Reads the JSON Lines file given as the argument in 64 KB chunks, splits it into lines and runs one Utf8JsonReader over
// each line (token by token, nothing built). Prints the lines and the tokens, so that the work cannot be skipped.
using FileStream stream = File.OpenRead(args[0]);
byte[] buffer = new byte[1 << 20];
int filled = 0;
long lines = 0, tokens = 0;
while (true)
{
    int read = stream.Read(buffer, filled, buffer.Length - filled);
    filled += read;
    int start = 0;
    while (true)
    {
        int newline = Array.IndexOf(buffer, (byte)'\n', start, filled - start);
        if (newline < 0)
        {
            break;
        }

        tokens += Pass(buffer.AsSpan(start, newline - start));
        lines++;
        start = newline + 1;
    }

    if (read == 0)
    {
        if (filled > start)
        {
            tokens += Pass(buffer.AsSpan(start, filled - start));
            lines++;
        }

        break;
    }

    Buffer.BlockCopy(buffer, start, buffer, 0, filled - start);
    filled -= start;
    if (filled == buffer.Length)
    {
        Array.Resize(ref buffer, buffer.Length * 2);
    }
}

Console.WriteLine($"{lines} {tokens}");

static long Pass(ReadOnlySpan<byte> line)
{
    var reader = new Utf8JsonReader(line);
    long count = 0;
    try
    {
        while (reader.Read())
        {
            count++;
        }
    }
    catch (JsonException)
    {
    }

    return count;
}
