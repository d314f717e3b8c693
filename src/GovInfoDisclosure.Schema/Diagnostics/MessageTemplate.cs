using System;
using System.Collections.Generic;
using System.Text;

namespace GovInfoDisclosure.Schema.Diagnostics;

/// <summary>A bilingual message with named placeholders such as <c>{table}</c> or <c>{left}</c>.</summary>
/// <remarks>
/// <para>
/// The Chinese and the English template use the same placeholders (the catalogue tests check it). A placeholder is a name of
/// ASCII letters in braces; there is no escaping, and a brace that does not open a known placeholder is kept as it is.
/// Values are bilingual too: the Chinese template receives <see cref="BilingualText.Zh"/> and the English one
/// <see cref="BilingualText.En"/>.
/// </para>
/// <para>Immutable; equality is reference equality.</para>
/// </remarks>
public sealed class MessageTemplate
{
    /// <summary>Creates a template.</summary>
    /// <param name="zh">The Chinese template.</param>
    /// <param name="en">The English template.</param>
    /// <exception cref="ArgumentNullException">A template is <see langword="null"/>.</exception>
    public MessageTemplate(string zh, string en)
    {
        Zh = zh ?? throw new ArgumentNullException(nameof(zh));
        En = en ?? throw new ArgumentNullException(nameof(en));
    }

    /// <summary>The Chinese template.</summary>
    public string Zh { get; }

    /// <summary>The English template.</summary>
    public string En { get; }

    /// <summary>The placeholder names used by a template, in order of first use, without braces.</summary>
    /// <param name="template">A template text.</param>
    /// <returns>The names.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="template"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<string> PlaceholdersOf(string template)
    {
        if (template is null)
        {
            throw new ArgumentNullException(nameof(template));
        }

        var names = new List<string>();
        int i = 0;
        while (TryFindPlaceholder(template, i, out int start, out int end))
        {
            string name = template.Substring(start + 1, end - start - 1);
            if (!names.Contains(name))
            {
                names.Add(name);
            }

            i = end + 1;
        }

        return names;
    }

    /// <summary>Fills both templates.</summary>
    /// <param name="values">The value of each placeholder; a placeholder without a value is kept verbatim.</param>
    /// <returns>The Chinese and the English message.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is <see langword="null"/>.</exception>
    public BilingualText Render(IReadOnlyDictionary<string, BilingualText> values)
    {
        if (values is null)
        {
            throw new ArgumentNullException(nameof(values));
        }

        return new BilingualText(Fill(Zh, values, english: false), Fill(En, values, english: true));
    }

    private static string Fill(string template, IReadOnlyDictionary<string, BilingualText> values, bool english)
    {
        var text = new StringBuilder(template.Length + 64);
        int i = 0;
        while (TryFindPlaceholder(template, i, out int start, out int end))
        {
            text.Append(template, i, start - i);
            string name = template.Substring(start + 1, end - start - 1);
            if (values.TryGetValue(name, out BilingualText value))
            {
                text.Append(english ? value.En : value.Zh);
            }
            else
            {
                text.Append(template, start, end - start + 1);
            }

            i = end + 1;
        }

        text.Append(template, i, template.Length - i);
        return text.ToString();
    }

    private static bool TryFindPlaceholder(string template, int from, out int start, out int end)
    {
        for (start = template.IndexOf('{', from); start >= 0; start = template.IndexOf('{', start + 1))
        {
            end = start + 1;
            while (end < template.Length && IsNameChar(template[end]))
            {
                end++;
            }

            if (end > start + 1 && end < template.Length && template[end] == '}')
            {
                return true;
            }
        }

        end = -1;
        return false;
    }

    private static bool IsNameChar(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
