using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;

namespace GovInfoDisclosure.Cli.Corpus;

/// <summary>
/// Writes a progress line for long runs at most once per interval: on a terminal one line rewritten in place
/// (<c>"\r"</c>), elsewhere (<c>--progress</c> into a file) one line each time.
/// </summary>
internal sealed class ProgressReporter
{
    private readonly TextWriter _writer;
    private readonly bool _inPlace;
    private readonly long _interval;
    private readonly Func<long> _clock;
    private readonly long _start;
    private long _last;
    private bool _pending;

    /// <summary>Creates a reporter.</summary>
    /// <param name="writer">Where the lines go (standard error).</param>
    /// <param name="inPlace">Whether to rewrite one line in place (a terminal).</param>
    /// <param name="interval">The least time between two lines; the first comes after one interval.</param>
    /// <param name="clock">The clock, in <see cref="Stopwatch"/> ticks (tests pass their own).</param>
    public ProgressReporter(TextWriter writer, bool inPlace, TimeSpan interval, Func<long>? clock = null)
    {
        _writer = writer;
        _inPlace = inPlace;
        _clock = clock ?? Stopwatch.GetTimestamp;
        _interval = (long)(interval.TotalSeconds * Stopwatch.Frequency);
        _start = _last = _clock();
    }

    /// <summary>Called after each document: writes the totals when the interval has passed.</summary>
    public void Update(CorpusSummary summary)
    {
        long now = _clock();
        if (now - _last < _interval)
        {
            return;
        }

        _last = now;
        double seconds = (double)(now - _start) / Stopwatch.Frequency;
        string line = string.Create(CultureInfo.InvariantCulture,
            $"govinfo validate: {summary.Totals()} ({(seconds > 0 ? summary.Read / seconds : 0):F0}/s)");
        if (_inPlace)
        {
            _writer.Write("\r" + line + "\u001b[K");
            _pending = true;
        }
        else
        {
            _writer.WriteLine(line);
        }

        _writer.Flush();
    }

    /// <summary>Ends a line rewritten in place, so that what follows starts on a line of its own.</summary>
    public void Finish()
    {
        if (_pending)
        {
            _writer.WriteLine();
            _pending = false;
        }
    }
}
