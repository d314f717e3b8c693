using System;

namespace GovInfoDisclosure.Schema.Diagnostics;

/// <summary>A message in Chinese and in English.</summary>
/// <remarks>Equality is ordinal equality of both texts.</remarks>
public readonly struct BilingualText : IEquatable<BilingualText>
{
    /// <summary>Creates a message.</summary>
    /// <param name="zh">The Chinese text.</param>
    /// <param name="en">The English text.</param>
    /// <exception cref="ArgumentNullException">A text is <see langword="null"/>.</exception>
    public BilingualText(string zh, string en)
    {
        Zh = zh ?? throw new ArgumentNullException(nameof(zh));
        En = en ?? throw new ArgumentNullException(nameof(en));
    }

    /// <summary>The Chinese text (简体中文).</summary>
    public string Zh { get; }

    /// <summary>The English text.</summary>
    public string En { get; }

    /// <summary>Both texts, Chinese first.</summary>
    /// <returns><c>zh / en</c>.</returns>
    public override string ToString() => Zh + " / " + En;

    /// <inheritdoc/>
    public bool Equals(BilingualText other) => string.Equals(Zh, other.Zh, StringComparison.Ordinal) && string.Equals(En, other.En, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is BilingualText other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Zh is null ? 0 : StringComparer.Ordinal.GetHashCode(Zh), En is null ? 0 : StringComparer.Ordinal.GetHashCode(En));

    /// <summary>Whether two messages are equal.</summary>
    /// <param name="left">The first message.</param>
    /// <param name="right">The second message.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(BilingualText left, BilingualText right) => left.Equals(right);

    /// <summary>Whether two messages differ.</summary>
    /// <param name="left">The first message.</param>
    /// <param name="right">The second message.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(BilingualText left, BilingualText right) => !left.Equals(right);
}
