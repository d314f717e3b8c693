using System;
using System.IO;
using System.Text;

namespace GovInfoDisclosure.Cli.Io;

/// <summary>
/// A writer over standard output or standard error whose first failed write (or flush) becomes an
/// <see cref="OutputFailedException"/>; after it every write fails the same way at once and nothing is retried.
/// </summary>
/// <remarks>Thread-safe: writes are serialised (the progress line and the results may come from different threads).</remarks>
internal sealed class GuardedWriter : TextWriter
{
    private readonly TextWriter? _inner;
    private readonly object _gate = new();
    private OutputFailedException? _failure;

    /// <summary>A writer over <paramref name="inner"/>.</summary>
    public GuardedWriter(TextWriter inner, string streamName)
    {
        _inner = inner;
        StreamName = streamName;
    }

    private GuardedWriter(string streamName, string reason)
    {
        StreamName = streamName;
        _failure = new OutputFailedException(streamName, reason);
    }

    /// <summary>A writer for a stream that is known to be closed: every write fails.</summary>
    public static GuardedWriter Closed(string streamName, string reason) => new(streamName, reason);

    /// <summary>The stream's name in messages, e.g. <c>standard output</c>.</summary>
    public string StreamName { get; }

    /// <summary>The failure, once a write failed (or the stream was closed from the start).</summary>
    public OutputFailedException? Failure
    {
        get
        {
            lock (_gate)
            {
                return _failure;
            }
        }
    }

    public override Encoding Encoding => _inner?.Encoding ?? new UTF8Encoding(false);

    public override void Write(char value) => Guard(w => w.Write(value));

    public override void Write(string? value) => Guard(w => w.Write(value));

    public override void Write(char[] buffer, int index, int count) => Guard(w => w.Write(buffer, index, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        string text = buffer.ToString();
        Guard(w => w.Write(text));
    }

    public override void WriteLine() => Guard(w => w.WriteLine());

    public override void WriteLine(string? value) => Guard(w => w.WriteLine(value));

    public override void Flush() => Guard(w => w.Flush());

    /// <summary>Writes one line and flushes, never throwing: the last word of a run whose other stream failed.</summary>
    public bool TryWriteLastLine(string line)
    {
        try
        {
            WriteLine(line);
            Flush();
            return true;
        }
        catch (OutputFailedException)
        {
            return false;
        }
    }

    protected override void Dispose(bool disposing)
    {
        // Nothing is flushed on dispose: a failed stream must not be written again, and Program flushes explicitly.
        base.Dispose(disposing);
    }

    private void Guard(Action<TextWriter> write)
    {
        lock (_gate)
        {
            if (_failure is not null)
            {
                throw _failure;
            }

            try
            {
                write(_inner!);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ObjectDisposedException or NotSupportedException)
            {
                _failure = new OutputFailedException(StreamName, Reason(ex), ex);
                throw _failure;
            }
        }
    }

    private static string Reason(Exception ex) => ex.InnerException is IOException inner ? inner.Message : ex.Message;
}
