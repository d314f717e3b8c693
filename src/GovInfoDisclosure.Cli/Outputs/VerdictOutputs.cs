using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using GovInfoDisclosure.Schema.Diagnostics;
using GovInfoDisclosure.Schema.Labels;
using nietras.SeparatedValues;

namespace GovInfoDisclosure.Cli.Outputs;

/// <summary>
/// <c>govinfo validate --csv FILE</c> and <c>--xlsx FILE</c>: one row per report (file, agency, year, format, verdict, the counts
/// of errors, warnings, indeterminate rules and import errors, the first error's code and Chinese message). The workbook has
/// a second sheet with every diagnostic (file, code, severity, cells with their Chinese labels, expected, actual, message) and
/// a third with the counts per rule; each sheet's header row is frozen and filtered, and failing verdicts are coloured.
/// </summary>
/// <remarks>
/// The CSV is UTF-8 with a byte-order mark (Excel on a Chinese Windows then reads it as UTF-8), RFC 4180 quoting (Sep), and
/// English column names for pandas, R and DuckDB; it is written row by row. The workbook keeps its rows until the end (three
/// sheets are written one after the other), about a hundred bytes per diagnostic.
/// </remarks>
internal sealed class VerdictOutputs : IDisposable
{
    /// <summary>The CSV columns.</summary>
    public static readonly string[] CsvColumns =
    {
        "file", "agency", "year", "format", "input", "verdict", "errors", "warnings", "indeterminate", "import_errors", "unread_rows",
        "first_error_code", "first_error_message_zh",
    };

    private static readonly string[] VerdictHeader =
    {
        "文件 file", "机关 agency", "年度 year", "格式 format", "来源 input", "结论 verdict", "错误 errors", "警告 warnings",
        "无法判定 indeterminate", "导入错误 import errors", "未读行 rows not read", "首个错误 first error", "首个错误说明 message",
    };

    private static readonly string[] DiagnosticHeader =
    {
        "文件 file", "代码 code", "严重程度 severity", "结果 outcome", "阶段 stage", "单元格 cells", "应为 expected", "实为 actual",
        "说明 message", "message (en)",
    };

    private static readonly string[] RuleHeader =
    {
        "代码 code", "名称 title", "严重程度 severity", "不通过次数 failures", "涉及报告数 reports", "无法判定次数 indeterminate",
    };

    private readonly TextWriter? _csvText;
    private readonly SepWriter? _csv;
    private readonly string? _xlsxPath;
    private readonly List<XlsxRow> _verdicts = new();
    private readonly List<XlsxRow> _diagnostics = new();
    private readonly SortedDictionary<string, long[]> _rules = new(StringComparer.Ordinal);

    private VerdictOutputs(TextWriter? csvText, string? xlsxPath)
    {
        _csvText = csvText;
        _csv = csvText is null ? null : Sep.New(',').Writer(o => o with { Escape = true }).To(csvText);
        _xlsxPath = xlsxPath;
    }

    /// <summary>Opens the outputs; either path may be <see langword="null"/>.</summary>
    /// <exception cref="IOException">The CSV cannot be created.</exception>
    /// <exception cref="UnauthorizedAccessException">The CSV cannot be created.</exception>
    public static VerdictOutputs Create(string? csvPath, string? xlsxPath)
    {
        TextWriter? csv = csvPath is null ? null : new StreamWriter(new FileStream(csvPath, FileMode.Create, FileAccess.Write, FileShare.None, 65536), new UTF8Encoding(true));
        return new VerdictOutputs(csv, xlsxPath);
    }

    /// <summary>Adds one checked document.</summary>
    public void Add(ReportEntry entry)
    {
        Diagnostic? first = entry.FirstError;
        if (_csv is not null)
        {
            using SepWriter.Row row = _csv.NewRow();
            row["file"].Set(entry.File);
            row["agency"].Set(entry.Agency);
            row["year"].Set(entry.Year);
            row["format"].Set(entry.Format);
            row["input"].Set(entry.Input);
            row["verdict"].Set(entry.VerdictName);
            row["errors"].Set(entry.Errors.ToString(CultureInfo.InvariantCulture));
            row["warnings"].Set(entry.Warnings.ToString(CultureInfo.InvariantCulture));
            row["indeterminate"].Set(entry.Indeterminate.ToString(CultureInfo.InvariantCulture));
            row["import_errors"].Set(entry.ImportErrors.ToString(CultureInfo.InvariantCulture));
            row["unread_rows"].Set(entry.UnreadCells.Count.ToString(CultureInfo.InvariantCulture));
            row["first_error_code"].Set(first?.Code ?? string.Empty);
            row["first_error_message_zh"].Set(first?.Message.Zh ?? string.Empty);
        }

        if (_xlsxPath is null)
        {
            return;
        }

        XlsxHighlight highlight = entry.Verdict switch
        {
            ReportVerdict.Valid => XlsxHighlight.Pass,
            ReportVerdict.Invalid => XlsxHighlight.Fail,
            ReportVerdict.Incomplete => XlsxHighlight.Warn,
            _ => XlsxHighlight.Grey,
        };
        _verdicts.Add(new XlsxRow(
            new object?[]
            {
                entry.File, entry.Agency, entry.Report?.Year, entry.Format, entry.Input, entry.VerdictChinese + " " + entry.VerdictName,
                entry.Errors, entry.Warnings, entry.Indeterminate, entry.ImportErrors, entry.UnreadCells.Count, first?.Code, first?.Message.Zh,
            },
            5,
            highlight));

        LabelCatalogue? labels = entry.Report is { } report ? LabelCatalogue.For(report.Format) : null;
        var reportsCounted = new HashSet<string>(StringComparer.Ordinal);
        foreach (Diagnostic diagnostic in entry.Diagnostics)
        {
            var cells = new StringBuilder();
            foreach (string path in diagnostic.Paths)
            {
                cells.Append(cells.Length == 0 ? string.Empty : "; ").Append(path);
                if (labels is not null && labels.TryGetField(path, out FieldLabel field))
                {
                    cells.Append(' ').Append(field.Chinese);
                }
            }

            if (cells.Length == 0 && diagnostic.Location.ToString() is { Length: > 0 } where)
            {
                cells.Append(where);
            }

            bool fail = diagnostic.Outcome == DiagnosticOutcome.Fail;
            _diagnostics.Add(new XlsxRow(
                new object?[]
                {
                    entry.File, diagnostic.Code, diagnostic.Severity.ToJsonName(), fail ? "fail" : "indeterminate", StageName(diagnostic.Stage),
                    cells.ToString(), diagnostic.Expected, diagnostic.Actual, diagnostic.Message.Zh, diagnostic.Message.En,
                },
                1,
                fail && diagnostic.Severity == DiagnosticSeverity.Error ? XlsxHighlight.Fail
                    : fail && diagnostic.Severity == DiagnosticSeverity.Warning ? XlsxHighlight.Warn : XlsxHighlight.None));
            if (!_rules.TryGetValue(diagnostic.Code, out long[]? counts))
            {
                _rules[diagnostic.Code] = counts = new long[3];
            }

            if (fail)
            {
                counts[0]++;
                if (reportsCounted.Add(diagnostic.Code))
                {
                    counts[1]++;
                }
            }
            else
            {
                counts[2]++;
            }
        }
    }

    /// <summary>Flushes the CSV and writes the workbook.</summary>
    /// <exception cref="IOException">A file cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">A file cannot be written.</exception>
    /// <exception cref="XlsxTooManyRowsException">A sheet would exceed a worksheet's rows.</exception>
    public void Finish()
    {
        _csv?.Flush();
        _csvText?.Flush();
        if (_xlsxPath is null)
        {
            return;
        }

        var rules = new List<XlsxRow>();
        foreach (KeyValuePair<string, long[]> rule in _rules)
        {
            bool known = DiagnosticCatalogue.TryGet(rule.Key, out DiagnosticDefinition definition);
            rules.Add(new XlsxRow(
                new object?[] { rule.Key, known ? definition.Title.Zh : null, known ? definition.Severity.ToJsonName() : null, rule.Value[0], rule.Value[1], rule.Value[2] },
                rule.Value[0] > 0 ? 3 : -1,
                known && definition.Severity == DiagnosticSeverity.Error ? XlsxHighlight.Fail : XlsxHighlight.Warn));
        }

        using var stream = new FileStream(_xlsxPath, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 65536);
        XlsxWriter.Write(stream, new[]
        {
            new XlsxSheet("报告 Reports", VerdictHeader, _verdicts),
            new XlsxSheet("问题 Diagnostics", DiagnosticHeader, _diagnostics),
            new XlsxSheet("规则 Rules", RuleHeader, rules),
        });
    }

    /// <summary>Closes the CSV.</summary>
    public void Dispose()
    {
        _csv?.Dispose();
        _csvText?.Dispose();
    }

    /// <summary>The JSON name of a stage.</summary>
    public static string StageName(DiagnosticStage stage) => stage.ToString().ToLowerInvariant();
}
