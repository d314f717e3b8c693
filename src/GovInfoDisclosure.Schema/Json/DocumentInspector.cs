using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using GovInfoDisclosure.Schema.Diagnostics;
using GovInfoDisclosure.Schema.Labels;
using GovInfoDisclosure.Schema.Model;

namespace GovInfoDisclosure.Schema.Json;

/// <summary>
/// Explains why a document is not a well-formed report: one pass of <see cref="Utf8JsonReader"/> against the shape the
/// <see cref="LabelCatalogue"/> describes, collecting every problem with its code, JSON Pointer and position.
/// </summary>
/// <remarks>
/// Runs only after the fast, source-generated deserializer has refused a document. It agrees with the serializer's
/// settings: unknown and duplicate properties, missing required properties, wrong types, negative or fractional counts,
/// out-of-range numbers, empty strings and bad dates are problems. It stops at the first syntax error (nothing after it
/// can be trusted) and after <see cref="MaxProblems"/> problems.
/// </remarks>
internal static class DocumentInspector
{
    /// <summary>The most problems reported for one document.</summary>
    public const int MaxProblems = 100;

    /// <summary>The most characters of a value from the document quoted in a message (the pointer keeps the whole name).</summary>
    public const int MaxQuotedLength = 64;

    private static readonly Shape Shape2021 = Shape.From(LabelCatalogue.Format2021);
    private static readonly Shape Shape2019 = Shape.From(LabelCatalogue.Format2019);

    public static IReadOnlyList<Diagnostic> Inspect(ReadOnlySpan<byte> utf8Json)
    {
        var run = new Run(utf8Json);
        try
        {
            run.Inspect(utf8Json);
        }
        catch (StopInspection)
        {
            // A syntax error, too deep a document or too many problems: what was found so far stands.
        }

        return run.Problems;
    }

    /// <summary>A value from the document as quoted in a message: cut at <see cref="MaxQuotedLength"/> characters, so that a
    /// hostile document of megabytes does not make messages of megabytes.</summary>
    private static string Shorten(string text) =>
        text.Length <= MaxQuotedLength ? text
            : text.Substring(0, char.IsHighSurrogate(text[MaxQuotedLength - 1]) ? MaxQuotedLength - 1 : MaxQuotedLength) + "…";

    private sealed class StopInspection : Exception
    {
    }

    /// <summary>The expected shape of a document: objects with known properties, down to typed leaves.</summary>
    private sealed class Shape
    {
        private Shape(string name, FieldLabel? leaf)
        {
            Name = name;
            Leaf = leaf;
        }

        public string Name { get; }

        public FieldLabel? Leaf { get; }

        public bool IsOptional { get; private set; } = true;

        public List<Shape> Children { get; } = new();

        public Dictionary<string, Shape> ByName { get; } = new(StringComparer.Ordinal);

        public static Shape From(LabelCatalogue catalogue)
        {
            var root = new Shape(string.Empty, null) { IsOptional = false };
            foreach (FieldLabel field in catalogue.Fields)
            {
                string[] tokens = field.Pointer.Substring(1).Split('/');
                Shape node = root;
                for (int i = 0; i < tokens.Length; i++)
                {
                    bool last = i == tokens.Length - 1;
                    if (!node.ByName.TryGetValue(tokens[i], out Shape? child))
                    {
                        child = new Shape(tokens[i], last ? field : null);
                        node.ByName.Add(tokens[i], child);
                        node.Children.Add(child);
                    }

                    // A node is required when any field below it is required. Within a table, a column is required in
                    // every row that is present (an optional subtotal row, once there, needs all its required columns),
                    // and a row is required unless it is an optional row.
                    bool optional = field.Column is not null && last ? field.Column.IsOptional
                        : field.Column is not null && field.Row is not null && i == tokens.Length - 2 ? field.Row.IsOptional
                        : field.IsOptional;
                    child.IsOptional &= optional;
                    node = child;
                }
            }

            return root;
        }
    }

    private ref struct Run
    {
        private readonly ReadOnlySpan<byte> _json;
        private Utf8JsonReader _reader;

        public Run(ReadOnlySpan<byte> json)
        {
            _json = json;
            _reader = default;
            Problems = new List<Diagnostic>();
        }

        public List<Diagnostic> Problems { get; }

        public void Inspect(ReadOnlySpan<byte> json)
        {
            Shape? shape = FindShape(json);
            if (shape is null)
            {
                return;
            }

            _reader = NewReader(json);
            Read();
            InspectValue(shape, string.Empty);
            long end = _reader.BytesConsumed;
            bool trailing;
            try
            {
                trailing = _reader.Read();
            }
            catch (JsonException)
            {
                trailing = true;
            }

            if (trailing)
            {
                Add(JsonProblemCodes.Syntax, string.Empty, end, Arg("detail", "根值之后还有多余内容。", "there is more content after the document's root value."));
            }
        }

        private static Utf8JsonReader NewReader(ReadOnlySpan<byte> json) =>
            new(json, new JsonReaderOptions { MaxDepth = ReportJson.MaxDepth + 2, CommentHandling = JsonCommentHandling.Disallow });

        /// <summary>First pass: the <c>"format"</c> property selects the expected shape.</summary>
        private Shape? FindShape(ReadOnlySpan<byte> json)
        {
            // This pass looks only for "format"; it leaves depth to the second pass, which names the deep value.
            _reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = int.MaxValue, CommentHandling = JsonCommentHandling.Disallow });
            Read();
            if (_reader.TokenType != JsonTokenType.StartObject)
            {
                WrongType(string.Empty, "一个对象", "an object");
                return null;
            }

            Shape? shape = null;
            bool found = false;
            while (Read() && _reader.TokenType == JsonTokenType.PropertyName)
            {
                bool isFormat = TextEquals("format", string.Empty);
                Read();
                if (!isFormat || found)
                {
                    SkipWithoutDepthLimit();
                    continue;
                }

                found = true;
                if (_reader.TokenType != JsonTokenType.String)
                {
                    Add(JsonProblemCodes.UnknownFormat, "/format", _reader.TokenStartIndex, Arg("found", "非字符串的值", "a value that is not a string"));
                    SkipWithoutDepthLimit();
                }
                else if (TextEquals("2021", "/format"))
                {
                    shape = Shape2021;
                }
                else if (TextEquals("2019", "/format"))
                {
                    shape = Shape2019;
                }
                else
                {
                    string text = Shorten(GetString("/format"));
                    Add(JsonProblemCodes.UnknownFormat, "/format", _reader.TokenStartIndex, Arg("found", "\"" + text + "\"", "\"" + text + "\""));
                }
            }

            if (_reader.TokenType == JsonTokenType.EndObject && Read(allowEnd: true))
            {
                Add(JsonProblemCodes.Syntax, string.Empty, _reader.TokenStartIndex, Arg("detail", "根值之后还有多余内容。", "there is more content after the document's root value."));
                return null;
            }

            if (!found)
            {
                Add(JsonProblemCodes.MissingFormat, "/format", 0);
            }

            return shape;
        }

        private void InspectValue(Shape shape, string pointer)
        {
            if (shape.Leaf is { } leaf)
            {
                InspectLeaf(leaf, pointer);
                return;
            }

            switch (_reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    CheckDepth(pointer);
                    InspectObject(shape, pointer);
                    break;
                case JsonTokenType.Null when shape.IsOptional:
                    break;
                default:
                    WrongType(pointer, "一个对象", "an object");
                    SkipValue(pointer);
                    break;
            }
        }

        private void InspectObject(Shape shape, string pointer)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            while (Read() && _reader.TokenType == JsonTokenType.PropertyName)
            {
                long start = _reader.TokenStartIndex;
                string name = GetString(pointer);
                string child = JsonPointer.Append(pointer, name);
                Read();
                if (!seen.Add(name))
                {
                    Add(JsonProblemCodes.DuplicateProperty, child, start, Arg("property", Shorten(name)));
                    SkipValue(child);
                }
                else if (!shape.ByName.TryGetValue(name, out Shape? childShape))
                {
                    Add(JsonProblemCodes.UnknownProperty, child, start, Arg("property", Shorten(name)));
                    SkipValue(child);
                }
                else
                {
                    InspectValue(childShape, child);
                }
            }

            foreach (Shape child in shape.Children)
            {
                if (!child.IsOptional && !seen.Contains(child.Name))
                {
                    Add(JsonProblemCodes.MissingProperty, JsonPointer.Append(pointer, child.Name), _reader.TokenStartIndex, Arg("property", child.Name));
                }
            }
        }

        private void InspectLeaf(FieldLabel leaf, string pointer)
        {
            JsonTokenType token = _reader.TokenType;
            if (token == JsonTokenType.Null)
            {
                if (!leaf.IsNullable)
                {
                    WrongType(pointer, ExpectedZh(leaf.ValueKind), ExpectedEn(leaf.ValueKind));
                }

                return;
            }

            switch (leaf.ValueKind)
            {
                case FieldValueKind.Count or FieldValueKind.SignedCount or FieldValueKind.Amount when token == JsonTokenType.Number:
                    InspectNumber(leaf.ValueKind, pointer);
                    return;
                case FieldValueKind.Count or FieldValueKind.SignedCount or FieldValueKind.Amount or FieldValueKind.Text when token == JsonTokenType.String:
                    if (GetString(pointer).Trim().Length == 0)
                    {
                        Add(JsonProblemCodes.EmptyString, pointer, _reader.TokenStartIndex);
                    }

                    return;
                case FieldValueKind.Year when token == JsonTokenType.Number:
                    if (!_reader.TryGetInt32(out int year) || year < GovInfoReport.MinimumYear || year > GovInfoReport.MaximumYear)
                    {
                        Add(JsonProblemCodes.OutOfRange, pointer, _reader.TokenStartIndex, Arg("what", "年度", "The year"),
                            Arg("range", $"必须是 {GovInfoReport.MinimumYear} 至 {GovInfoReport.MaximumYear} 之间的整数", $"it must be an integer from {GovInfoReport.MinimumYear} to {GovInfoReport.MaximumYear}"));
                    }

                    return;
                case FieldValueKind.Date when token == JsonTokenType.String:
                    if (!CalendarDate.TryParseIso(GetString(pointer), out _))
                    {
                        Add(JsonProblemCodes.InvalidDate, pointer, _reader.TokenStartIndex);
                    }

                    return;
                case FieldValueKind.Format when token == JsonTokenType.String:
                    return; // checked by the first pass
                default:
                    WrongType(pointer, ExpectedZh(leaf.ValueKind), ExpectedEn(leaf.ValueKind));
                    SkipValue(pointer);
                    return;
            }
        }

        private void InspectNumber(FieldValueKind kind, string pointer)
        {
            long at = _reader.TokenStartIndex;
            if (kind == FieldValueKind.Amount)
            {
                if (!_reader.TryGetDecimal(out decimal amount))
                {
                    Add(JsonProblemCodes.OutOfRange, pointer, at, Arg("what", "金额", "The amount"), Arg("range", "超出 decimal 可表示的范围", "it is outside the range of a decimal number"));
                }
                else if (!Converters.CellJsonReading.IsExactDecimalLiteral(_reader))
                {
                    Add(JsonProblemCodes.OutOfRange, pointer, at, Arg("what", "金额", "The amount"),
                        Arg("range", "有效数字或小数位超过28位，无法精确表示", "more than 28 significant digits or decimal places cannot be held exactly"));
                }
                else if (amount < 0)
                {
                    Add(JsonProblemCodes.Negative, pointer, at, Arg("what", "金额", "An amount"));
                }

                return;
            }

            if (_reader.TryGetInt32(out int value))
            {
                if (value < 0 && kind == FieldValueKind.Count)
                {
                    Add(JsonProblemCodes.Negative, pointer, at, Arg("what", "计数", "A count"));
                }

                return;
            }

            if (!Converters.CellJsonReading.IsIntegerLiteral(_reader))
            {
                Add(JsonProblemCodes.NotAnInteger, pointer, at);
            }
            else if (kind == FieldValueKind.Count && Converters.CellJsonReading.IsNegativeLiteral(_reader))
            {
                Add(JsonProblemCodes.Negative, pointer, at, Arg("what", "计数", "A count"));
            }
            else
            {
                Add(JsonProblemCodes.OutOfRange, pointer, at, Arg("what", "数值", "The number"), Arg("range", "计数最大为 2147483647", "a count is at most 2147483647"));
            }
        }

        private static string ExpectedZh(FieldValueKind kind) => kind switch
        {
            FieldValueKind.Count => "非负整数、null（空白）或字符串（印制的符号）",
            FieldValueKind.SignedCount => "整数、null（空白）或字符串（印制的符号）",
            FieldValueKind.Amount => "非负数（万元）、null（空白）或字符串（印制的符号）",
            FieldValueKind.Year => "整数年份",
            FieldValueKind.Date => "\"yyyy-MM-dd\" 形式的日期",
            FieldValueKind.Format => "字符串 \"2021\" 或 \"2019\"",
            _ => "字符串或 null",
        };

        private static string ExpectedEn(FieldValueKind kind) => kind switch
        {
            FieldValueKind.Count => "a non-negative integer, null (blank) or a string (printed mark)",
            FieldValueKind.SignedCount => "an integer, null (blank) or a string (printed mark)",
            FieldValueKind.Amount => "a non-negative number (万元), null (blank) or a string (printed mark)",
            FieldValueKind.Year => "an integer year",
            FieldValueKind.Date => "a date \"yyyy-MM-dd\"",
            FieldValueKind.Format => "the string \"2021\" or \"2019\"",
            _ => "a string or null",
        };

        private void WrongType(string pointer, string expectedZh, string expectedEn)
        {
            string foundZh = _reader.TokenType switch
            {
                JsonTokenType.StartObject => "对象",
                JsonTokenType.StartArray => "数组",
                JsonTokenType.String => "字符串",
                JsonTokenType.Number => "数值",
                JsonTokenType.True or JsonTokenType.False => "布尔值",
                JsonTokenType.Null => "null",
                _ => _reader.TokenType.ToString(),
            };
            string foundEn = Converters.CellJsonReading.Describe(_reader.TokenType);
            Add(JsonProblemCodes.WrongType, pointer, _reader.TokenStartIndex, Arg("expectedType", expectedZh, expectedEn), Arg("actualType", foundZh, foundEn));
        }

        private void CheckDepth(string pointer)
        {
            if (_reader.CurrentDepth >= ReportJson.MaxDepth)
            {
                Add(JsonProblemCodes.TooDeep, pointer, _reader.TokenStartIndex, Arg("expected", ReportJson.MaxDepth.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                throw new StopInspection();
            }
        }

        /// <summary>Skips the current value (at <paramref name="pointer"/>), refusing nesting deeper than the limit.</summary>
        private void SkipValue(string pointer)
        {
            if (_reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
            {
                return;
            }

            int depth = _reader.CurrentDepth;
            do
            {
                if (_reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    CheckDepth(pointer);
                }
            }
            while (Read() && _reader.CurrentDepth > depth);
        }

        /// <summary>Compares the current name or string with <paramref name="text"/>; an undecodable escape (a lone surrogate) is a syntax problem.</summary>
        private bool TextEquals(string text, string pointer)
        {
            try
            {
                return _reader.ValueTextEquals(text);
            }
            catch (InvalidOperationException)
            {
                Add(JsonProblemCodes.Syntax, pointer, _reader.TokenStartIndex,
                    Arg("detail", "文本含有无法解码的转义序列（如孤立的代理项 \\ud800）。", "the text holds an escape that cannot be decoded (such as a lone surrogate \\ud800)."));
                throw new StopInspection();
            }
        }

        private string GetString(string pointer)
        {
            try
            {
                return _reader.GetString()!;
            }
            catch (InvalidOperationException)
            {
                Add(JsonProblemCodes.Syntax, pointer, _reader.TokenStartIndex, Arg("detail", "文本不是有效的 UTF-8 编码。", "the text is not valid UTF-8."));
                throw new StopInspection();
            }
        }

        private void SkipWithoutDepthLimit()
        {
            if (_reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                int depth = _reader.CurrentDepth;
                while (Read() && _reader.CurrentDepth > depth)
                {
                }
            }
        }

        private bool Read(bool allowEnd = false)
        {
            try
            {
                if (_reader.Read())
                {
                    return true;
                }

                if (allowEnd)
                {
                    return false;
                }
            }
            catch (JsonException ex)
            {
                string detail = ex.Message;
                Problems.Add(JsonProblems.Create(JsonProblemCodes.Syntax, string.Empty, new[] { Arg("detail", detail) }, (ex.LineNumber ?? 0) + 1, ex.BytePositionInLine));
                throw new StopInspection();
            }

            Add(JsonProblemCodes.Syntax, string.Empty, _reader.BytesConsumed, Arg("detail", "文档意外结束（被截断？）。", "the document ends unexpectedly (truncated?)."));
            throw new StopInspection();
        }

        private static DiagnosticArgument Arg(string name, string zh, string en) => new(name, new BilingualText(zh, en));

        private static DiagnosticArgument Arg(string name, string text) => new(name, new BilingualText(text, text));

        private void Add(string code, string pointer, long byteOffset, params DiagnosticArgument[] arguments)
        {
            (long line, long column) = Position(byteOffset);
            Problems.Add(JsonProblems.Create(code, pointer, arguments, line, column));
            if (Problems.Count >= MaxProblems)
            {
                throw new StopInspection();
            }
        }

        private (long Line, long BytePositionInLine) Position(long byteOffset)
        {
            long line = 1;
            long lineStart = 0;
            int end = (int)Math.Min(byteOffset, _json.Length);
            for (int i = 0; i < end; i++)
            {
                if (_json[i] == (byte)'\n')
                {
                    line++;
                    lineStart = i + 1;
                }
            }

            return (line, byteOffset - lineStart);
        }
    }
}
