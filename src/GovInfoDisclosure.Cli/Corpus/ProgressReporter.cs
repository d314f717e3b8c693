using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace GovInfoDisclosure.Cli.Corpus;

/// <summary>
/// Writes the progress of a long run at most once per interval: the counts so far, the rate, and — once the total size of
/// the input is known — a bar, the share done and the time left (by bytes read, so a 2 MB PDF weighs more than a 14 KB
/// JSON line). On a terminal it is one line rewritten in place (<c>"\r"</c>, cut to the terminal's width), elsewhere
/// (<c>--progress</c> into a file) one line each time.
/// </summary>
/// <remarks>
/// The line is in Chinese with <c>--lang zh</c>, else in English: it must fit one terminal line, so <c>both</c> does not
/// double it. The total comes from a walk of the inputs on another thread (<see cref="CorpusInputs.TotalBytes"/>), which
/// may end after the first lines: until then, and for standard input, there is no bar and no estimate.
/// </remarks>
internal sealed class ProgressReporter
{
    /// <summary>The width of the bar in characters.</summary>
    public const int BarWidth = 20;

    private readonly TextWriter _writer;
    private readonly bool _inPlace;
    private readonly long _interval;
    private readonly Func<long> _clock;
    private readonly long _start;
    private readonly CliLanguage _language;
    private readonly string _verb;
    private readonly int _columns;
    private long _last;
    private bool _pending;
    private long _total = -1;
    private readonly CancellationTokenSource _walk = new();

    /// <summary>Creates a reporter.</summary>
    /// <param name="writer">Where the lines go (standard error).</param>
    /// <param name="inPlace">Whether to rewrite one line in place (a terminal).</param>
    /// <param name="interval">The least time between two lines; the first comes after one interval.</param>
    /// <param name="clock">The clock, in <see cref="Stopwatch"/> ticks (tests pass their own).</param>
    /// <param name="language">The language of the line (Chinese for <see cref="CliLanguage.Chinese"/>, else English).</param>
    /// <param name="verb">The verb named at the start of the line.</param>
    /// <param name="columns">The terminal's width: a line rewritten in place is cut to one column less.</param>
    public ProgressReporter(TextWriter writer, bool inPlace, TimeSpan interval, Func<long>? clock = null, CliLanguage language = CliLanguage.English,
        string verb = "validate", int columns = 80)
    {
        _writer = writer;
        _inPlace = inPlace;
        _clock = clock ?? Stopwatch.GetTimestamp;
        _interval = (long)(interval.TotalSeconds * Stopwatch.Frequency);
        _language = language;
        _verb = verb;
        _columns = Math.Max(20, columns);
        _start = _last = _clock();
    }

    /// <summary>
    /// Starts the progress display of a corpus run when asked for (<c>--progress</c>) or, without that option, when
    /// <paramref name="onByDefault"/>; never with <c>--quiet</c>. The total size is then found by a walk of the inputs on
    /// another thread, stopped by <see cref="Finish"/>.
    /// </summary>
    /// <param name="console">The run's console (standard error, terminal or not, language).</param>
    /// <param name="requested"><c>--progress</c> as given, or <see langword="null"/> when not given.</param>
    /// <param name="onByDefault">Whether progress is shown without <c>--progress</c> (standard error is a terminal …).</param>
    /// <param name="verb">The verb.</param>
    /// <param name="paths">The inputs named on the command line.</param>
    /// <param name="filter">The globs.</param>
    /// <returns>The reporter, or <see langword="null"/> for none.</returns>
    public static ProgressReporter? Start(CliConsole console, bool? requested, bool onByDefault, string verb, IReadOnlyList<string> paths, PathFilter filter)
    {
        if (console.Quiet || !(requested ?? onByDefault))
        {
            return null;
        }

        int columns = 80;
        if (console.ErrorIsTerminal)
        {
            try
            {
                columns = Console.WindowWidth > 0 ? Console.WindowWidth : columns;
            }
            catch (Exception ex) when (ex is IOException or PlatformNotSupportedException or InvalidOperationException)
            {
                // Not a console after all: the default width.
            }
        }

        var reporter = new ProgressReporter(console.Error, inPlace: console.ErrorIsTerminal, TimeSpan.FromSeconds(1), null, console.Language, verb, columns);
        CancellationToken cancel = reporter._walk.Token;
        Task.Run(() => reporter.SetTotal(CorpusInputs.TotalBytes(paths, console, filter, cancel)), cancel);
        return reporter;
    }

    /// <summary>
    /// Sets the total size of the input in bytes, once known (from any thread); <see langword="null"/> when it cannot be known.
    /// </summary>
    public void SetTotal(long? totalBytes) => Volatile.Write(ref _total, totalBytes is { } total && total > 0 ? total : -1);

    /// <summary>Called after each document of a validation: writes the line when the interval has passed.</summary>
    /// <param name="summary">The verdicts so far.</param>
    /// <param name="bytesDone">The bytes of input behind them.</param>
    public void Update(CorpusSummary summary, long bytesDone)
    {
        if (Due(out double seconds))
        {
            string counts = _language == CliLanguage.Chinese
                ? Invariant($"已读 {summary.Read:N0}：有效 {summary.Valid:N0}，无效 {summary.Invalid:N0}，无法读取 {summary.Unreadable:N0}")
                    + (summary.Incomplete == 0 ? string.Empty : Invariant($"，不完整 {summary.Incomplete:N0}"))
                : Invariant($"{summary.Read:N0} read: {summary.Valid:N0} valid, {summary.Invalid:N0} invalid, {summary.Unreadable:N0} unreadable")
                    + (summary.Incomplete == 0 ? string.Empty : Invariant($", {summary.Incomplete:N0} incomplete"));
            Write(counts, summary.Read, bytesDone, seconds);
        }
    }

    /// <summary>Called after each document of an export: writes the line when the interval has passed.</summary>
    /// <param name="reports">The reports written so far.</param>
    /// <param name="skipped">The documents skipped so far.</param>
    /// <param name="bytesDone">The bytes of input behind them.</param>
    public void Update(long reports, long skipped, long bytesDone)
    {
        if (Due(out double seconds))
        {
            string counts = _language == CliLanguage.Chinese
                ? Invariant($"已写 {reports:N0} 份报告") + (skipped == 0 ? string.Empty : Invariant($"，跳过 {skipped:N0}"))
                : Invariant($"{reports:N0} report{(reports == 1 ? string.Empty : "s")} written") + (skipped == 0 ? string.Empty : Invariant($", {skipped:N0} skipped"));
            Write(counts, reports + skipped, bytesDone, seconds);
        }
    }

    /// <summary>Ends a line rewritten in place, so that what follows starts on a line of its own.</summary>
    public void Finish()
    {
        _walk.Cancel();
        if (_pending)
        {
            _writer.WriteLine();
            _writer.Flush();
            _pending = false;
        }
    }

    /// <summary>The time left as <c>m:ss</c>, or <c>h:mm:ss</c> from an hour.</summary>
    public static string FormatDuration(TimeSpan time)
    {
        long seconds = (long)Math.Ceiling(Math.Max(0, time.TotalSeconds));
        return seconds >= 3600
            ? Invariant($"{seconds / 3600}:{seconds / 60 % 60:D2}:{seconds % 60:D2}")
            : Invariant($"{seconds / 60}:{seconds % 60:D2}");
    }

    /// <summary>How many columns a string takes on a terminal: two for a wide (CJK, full-width) character, one for the others.</summary>
    public static int DisplayWidth(string text)
    {
        int width = 0;
        foreach (char c in text)
        {
            width += IsWide(c) ? 2 : 1;
        }

        return width;
    }

    private static bool IsWide(char c) =>
        (c >= '\u1100' && c <= '\u115F') || (c >= '\u2E80' && c <= '\uA4CF') || (c >= '\uAC00' && c <= '\uD7A3') || (c >= '\uF900' && c <= '\uFAFF')
        || (c >= '\uFE30' && c <= '\uFE4F') || (c >= '\uFF00' && c <= '\uFF60') || (c >= '\uFFE0' && c <= '\uFFE6');

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private bool Due(out double seconds)
    {
        long now = _clock();
        seconds = (double)(now - _start) / Stopwatch.Frequency;
        if (now - _last < _interval)
        {
            return false;
        }

        _last = now;
        return true;
    }

    private void Write(string counts, long documents, long bytesDone, double seconds)
    {
        bool chinese = _language == CliLanguage.Chinese;
        var line = new StringBuilder("govinfo ").Append(_verb).Append(chinese ? "：" : ": ");
        long total = Volatile.Read(ref _total);
        double share = total > 0 ? Math.Min(1, (double)Math.Max(0, bytesDone) / total) : -1;
        if (share >= 0)
        {
            int filled = (int)Math.Floor(share * BarWidth);
            line.Append('[').Append('#', filled).Append('.', BarWidth - filled).Append("] ")
                .Append(((int)Math.Floor(share * 100)).ToString(CultureInfo.InvariantCulture)).Append("%  ");
        }

        line.Append(counts).Append("  ")
            .Append(Invariant($"{(seconds > 0 ? documents / seconds : 0):N0}")).Append(chinese ? " 份/秒" : "/s");
        if (share > 0 && share < 1 && seconds > 0)
        {
            line.Append(chinese ? "  剩余 " : "  ETA ").Append(FormatDuration(TimeSpan.FromSeconds(seconds * (1 - share) / share)));
        }

        string text = line.ToString();
        if (_inPlace)
        {
            _writer.Write("\r" + Cut(text, _columns - 1) + "\u001b[K");
            _pending = true;
        }
        else
        {
            _writer.WriteLine(text);
        }

        _writer.Flush();
    }

    private static string Cut(string text, int columns)
    {
        int width = 0;
        for (int i = 0; i < text.Length; i++)
        {
            width += IsWide(text[i]) ? 2 : 1;
            if (width > columns)
            {
                return text.Substring(0, i);
            }
        }

        return text;
    }
}
