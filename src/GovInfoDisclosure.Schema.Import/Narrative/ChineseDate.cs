using System;
using GovInfoDisclosure.Schema.Import.Text;
using GovInfoDisclosure.Schema.Model;

namespace GovInfoDisclosure.Schema.Import.Narrative;

/// <summary>Reads a sign-off date line: <c>2025年1月22日</c>, <c>二〇二五年一月二十二日</c>, <c>2025-01-22</c> or <c>2025.1.22</c>.</summary>
internal static class ChineseDate
{
    public static bool TryParse(string line, out CalendarDate date)
    {
        date = default;
        string n = LabelText.Normalize(line);
        if (n.Length < 8 || n.Length > 20)
        {
            return false;
        }

        int year;
        int month;
        int day;
        int yearEnd = n.IndexOf('年');
        if (yearEnd > 0)
        {
            int monthEnd = n.IndexOf('月', yearEnd + 1);
            int dayEnd = monthEnd < 0 ? -1 : n.IndexOf('日', monthEnd + 1);
            if (monthEnd < 0 || (dayEnd != n.Length - 1 && !(dayEnd < 0 && n.EndsWith("号", StringComparison.Ordinal))))
            {
                return false;
            }

            dayEnd = dayEnd < 0 ? n.Length - 1 : dayEnd;
            year = Number(n.Substring(0, yearEnd), isYear: true);
            month = Number(n.Substring(yearEnd + 1, monthEnd - yearEnd - 1), isYear: false);
            day = Number(n.Substring(monthEnd + 1, dayEnd - monthEnd - 1), isYear: false);
        }
        else
        {
            string[] parts = n.Split('-', '.', '/');
            if (parts.Length != 3 || parts[0].Length != 4)
            {
                return false;
            }

            year = Number(parts[0], isYear: true);
            month = Number(parts[1], isYear: false);
            day = Number(parts[2], isYear: false);
        }

        if (year < GovInfoReport.MinimumYear || year > GovInfoReport.MaximumYear + 1 || month < 1 || month > 12 || day < 1
            || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new CalendarDate(year, month, day);
        return true;
    }

    /// <summary>An ASCII or Chinese number; a year in Chinese is written digit by digit (二〇二五).</summary>
    private static int Number(string text, bool isYear)
    {
        if (text.Length == 0 || text.Length > 4)
        {
            return -1;
        }

        int value = 0;
        bool ascii = true;
        foreach (char c in text)
        {
            if (!LabelText.IsAsciiDigit(c))
            {
                ascii = false;
                break;
            }

            value = (value * 10) + (c - '0');
        }

        if (ascii)
        {
            return value;
        }

        if (isYear)
        {
            value = 0;
            foreach (char c in text)
            {
                int digit = "〇一二三四五六七八九".IndexOf(c);
                if (digit < 0)
                {
                    digit = c is '零' or '○' or 'O' or 'o' ? 0 : -1;
                }

                if (digit < 0)
                {
                    return -1;
                }

                value = (value * 10) + digit;
            }

            return text.Length == 4 ? value : -1;
        }

        return LabelText.ChineseNumberValue(text);
    }
}
