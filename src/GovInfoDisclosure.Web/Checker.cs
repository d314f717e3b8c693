using System;
using System.Collections.Generic;
using System.Text;
using GovInfoDisclosure.Schema.Diagnostics;
using GovInfoDisclosure.Schema.Import;
using GovInfoDisclosure.Schema.Import.Interop;
using GovInfoDisclosure.Schema.Json;
using GovInfoDisclosure.Schema.Model;
using GovInfoDisclosure.Schema.Rules;

namespace GovInfoDisclosure.Web;

/// <summary>What a check found: the verdict, the report when one was read, every diagnostic, the cells the import could not read.</summary>
internal sealed record CheckOutcome(ReportVerdict Verdict, GovInfoReport? Report, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> UnreadCells,
    IReadOnlyDictionary<string, BilingualText>? InferredCells = null);

/// <summary>
/// Checks one input as <c>govinfo validate</c> does: a JSON document is read against the contract and validated; a
/// KIROGOVCOMPARE export and every published form the importer reads (text, pdftotext layout, HTML, Markdown) are
/// imported and validated (<see cref="ImportValidation"/>). Pure apart from the decoding of bytes.
/// </summary>
internal static class Checker
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static Checker() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static CheckOutcome Check(UploadedInput input)
    {
        if (IsJsonDocument(input.Bytes) && !LooksLikeKiro(input.Bytes))
        {
            ReportReadResult read = ReportJson.Read(input.Bytes);
            if (read.Report is not { } report)
            {
                return new CheckOutcome(ReportVerdicts.Of(false, read.Problems), null, read.Problems, Array.Empty<string>());
            }

            ValidationResult validation = ReportValidator.Validate(report);
            return new CheckOutcome(ReportVerdicts.Of(true, validation.Diagnostics), report, validation.Diagnostics, Array.Empty<string>());
        }

        // Every published kind from its bytes, as govinfo import reads it: PDF, Word .docx, HTML in any encoding, text,
        // Markdown, KIROGOVCOMPARE JSON.
        ImportResult imported = ReportImporter.Import(input.Bytes);
        ImportValidationResult result = ImportValidation.Validate(imported);
        return new CheckOutcome(result.Verdict, result.Report, result.Diagnostics, result.UnreadCells, Inferred(imported));
    }

    /// <summary>The cells not read exactly (matched by similarity or position, inferred), with why, for the renderer's marks.</summary>
    private static Dictionary<string, BilingualText> Inferred(ImportResult imported)
    {
        var inferred = new Dictionary<string, BilingualText>(StringComparer.Ordinal);
        foreach (KeyValuePair<string, CellProvenance> cell in imported.Provenance)
        {
            BilingualText? why = cell.Value switch
            {
                CellProvenance.MatchedBySimilarity => new BilingualText("行标签不完整，按编号和相似度匹配", "row label damaged: matched by numbering and similarity"),
                CellProvenance.MatchedByPosition => new BilingualText("行无标签，按位置匹配", "row without a label: matched by position"),
                CellProvenance.Inferred => new BilingualText("未作为单元格印出，由勾稽关系唯一推定", "not printed as a cell: inferred from the arithmetic"),
                _ => null,
            };
            if (why is not null)
            {
                inferred[cell.Key] = why.Value;
            }
        }

        return inferred;
    }

    /// <summary>The import of the same input as <c>govinfo import</c> (for the JSON download), or the document itself.</summary>
    public static GovInfoReport? ReportOf(UploadedInput input) => Check(input).Report;

    /// <summary>UTF-8 (with or without a BOM), UTF-16 with a BOM, else GB18030 (GBK/GB2312 are subsets).</summary>
    public static string Decode(byte[] bytes)
    {
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        }

        int start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            return StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding("gb18030").GetString(bytes);
        }
    }

    private static bool IsJsonDocument(byte[] bytes)
    {
        int i = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        while (i < bytes.Length && bytes[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            i++;
        }

        return i < bytes.Length && bytes[i] == (byte)'{';
    }

    private static bool LooksLikeKiro(byte[] bytes) => KiroGovCompareJson.LooksLikeKiroGovCompare(Decode(bytes));
}
