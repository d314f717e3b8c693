using System.Text;

namespace GovInfoDisclosure.Schema.Import.Text;

/// <summary>A text normalised as <see cref="LabelText.Normalize"/> does, remembering where each character came from.</summary>
internal sealed class NormalizedText
{
    private readonly int[] _source;

    public NormalizedText(string raw)
    {
        Raw = raw;
        var text = new StringBuilder(raw.Length);
        var source = new int[raw.Length + 1];
        for (int i = 0; i < raw.Length; i++)
        {
            char n = LabelText.NormalizeChar(raw[i]);
            if (n != '\0')
            {
                source[text.Length] = i;
                text.Append(n);
            }
        }

        source[text.Length] = raw.Length;
        Value = text.ToString();
        _source = source;
    }

    public string Raw { get; }

    public string Value { get; }

    /// <summary>The index in <see cref="Raw"/> of the normalised character at <paramref name="index"/> (or the raw length at the end).</summary>
    public int SourceIndex(int index) => _source[index];
}
