using System;
using System.Globalization;
using System.IO;
using System.Text;
using GovInfoDisclosure.Schema.Diagnostics;

namespace GovInfoDisclosure.Cli;

/// <summary>
/// The language of every message <c>govinfo</c> writes for people: help, command-line errors, verdict lines, diagnostics,
/// summaries and progress (<c>--lang zh|en|both</c>). Machine outputs (<c>--json</c>, CSV, XLSX, Parquet) are not affected:
/// they carry both languages where they carry text at all.
/// </summary>
internal enum CliLanguage
{
    /// <summary>Chinese only (<c>zh</c>); the default on a Chinese locale.</summary>
    Chinese,

    /// <summary>English only (<c>en</c>).</summary>
    English,

    /// <summary>Chinese first, then English (<c>both</c>); the default elsewhere.</summary>
    Both,
}

/// <summary>Choosing and parsing a <see cref="CliLanguage"/>, and picking the text of a language.</summary>
internal static class CliLanguages
{
    /// <summary>The values <c>--lang</c> accepts, in the order help lists them.</summary>
    public static readonly string[] Names = { "zh", "en", "both" };

    /// <summary>
    /// The default language from the environment, as POSIX locales are looked up: <c>LC_ALL</c>, else <c>LC_MESSAGES</c>,
    /// else <c>LANG</c> (the first that is set and not empty); <see cref="CliLanguage.Chinese"/> when it starts with
    /// <c>zh</c> (<c>zh_CN.UTF-8</c>, <c>zh_TW</c>), else <see cref="CliLanguage.Both"/>. The process runs with invariant
    /// globalization, so the variables are read rather than <c>CultureInfo.CurrentUICulture</c>.
    /// </summary>
    /// <param name="getEnvironmentVariable">Reads a variable (<see cref="Environment.GetEnvironmentVariable(string)"/>; tests pass their own).</param>
    public static CliLanguage FromEnvironment(Func<string, string?> getEnvironmentVariable)
    {
        foreach (string name in new[] { "LC_ALL", "LC_MESSAGES", "LANG" })
        {
            string? value = getEnvironmentVariable(name);
            if (!string.IsNullOrEmpty(value))
            {
                return value!.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? CliLanguage.Chinese : CliLanguage.Both;
            }
        }

        return CliLanguage.Both;
    }

    /// <summary>Parses <c>zh</c>, <c>en</c> or <c>both</c> (exactly, as <c>--lang</c> takes them).</summary>
    public static bool TryParse(string? text, out CliLanguage language)
    {
        switch (text)
        {
            case "zh":
                language = CliLanguage.Chinese;
                return true;
            case "en":
                language = CliLanguage.English;
                return true;
            case "both":
                language = CliLanguage.Both;
                return true;
            default:
                language = CliLanguage.Both;
                return false;
        }
    }

    /// <summary>The text of <paramref name="language"/>: one of the two, or both on two lines (Chinese first).</summary>
    public static string Pick(this CliLanguage language, string zh, string en) => language switch
    {
        CliLanguage.Chinese => zh,
        CliLanguage.English => en,
        _ => zh + "\n" + en,
    };

    /// <summary>The text of <paramref name="language"/> on one line: one of the two, or <c>中文 (English)</c>.</summary>
    public static string Inline(this CliLanguage language, string zh, string en) => language switch
    {
        CliLanguage.Chinese => zh,
        CliLanguage.English => en,
        _ => zh + " (" + en + ")",
    };

    /// <summary>
    /// A line of the output's structure (a verdict, a summary): Chinese for <see cref="CliLanguage.Chinese"/>, else English,
    /// so that with <c>both</c> these lines stay exactly as scripts know them while the messages come in both languages.
    /// </summary>
    public static string Line(this CliLanguage language, string zh, string en) => language == CliLanguage.Chinese ? zh : en;

    /// <summary>A label before a value: <c>原文：</c>, <c>found: </c>, or <c>原文 found: </c> (no colon in the arguments).</summary>
    public static string Label(this CliLanguage language, string zh, string en) => language switch
    {
        CliLanguage.Chinese => zh + "：",
        CliLanguage.English => en + ": ",
        _ => zh + " " + en + ": ",
    };

    /// <summary>The lines of a bilingual message in <paramref name="language"/>: one, or two (Chinese first).</summary>
    public static string Pick(this CliLanguage language, BilingualText text) => language.Pick(text.Zh, text.En);

    /// <summary>Writes a message in <paramref name="language"/>, each of its lines after <paramref name="indent"/>.</summary>
    public static void WriteMessage(this TextWriter writer, CliLanguage language, string indent, BilingualText message)
    {
        if (language != CliLanguage.English)
        {
            writer.WriteLine(indent + message.Zh);
        }

        if (language != CliLanguage.Chinese)
        {
            writer.WriteLine(indent + message.En);
        }
    }

    /// <summary>Appends a message in <paramref name="language"/>, each line on a new line after <paramref name="indent"/>.</summary>
    public static StringBuilder AppendMessage(this StringBuilder text, CliLanguage language, string indent, BilingualText message)
    {
        if (language != CliLanguage.English)
        {
            text.Append('\n').Append(indent).Append(message.Zh);
        }

        if (language != CliLanguage.Chinese)
        {
            text.Append('\n').Append(indent).Append(message.En);
        }

        return text;
    }

    /// <summary>The numbers of a failed relation: <c>expected 11, actual 10, difference -1</c> in <paramref name="language"/>.</summary>
    public static string Numbers(this CliLanguage language, decimal expected, decimal actual)
    {
        string e = expected.ToString(CultureInfo.InvariantCulture);
        string a = actual.ToString(CultureInfo.InvariantCulture);
        string d = (actual - expected).ToString(CultureInfo.InvariantCulture);
        return language.Inline($"应为 {e}，实为 {a}，相差 {d}", $"expected {e}, actual {a}, difference {d}");
    }
}
