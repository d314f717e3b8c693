using System;

namespace GovInfoDisclosure.Schema.Diagnostics;

/// <summary>One named value a diagnostic's message template was filled with, e.g. <c>{table}</c> = 表三 / Applications table.</summary>
/// <remarks>Equality is ordinal equality of the name and the value.</remarks>
public readonly struct DiagnosticArgument : IEquatable<DiagnosticArgument>
{
    /// <summary>Creates an argument.</summary>
    /// <param name="name">The placeholder name, without braces.</param>
    /// <param name="value">The value in Chinese and English.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public DiagnosticArgument(string name, BilingualText value)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Value = value;
    }

    /// <summary>The placeholder name, without braces (e.g. <c>table</c>).</summary>
    public string Name { get; }

    /// <summary>The value in Chinese and English.</summary>
    public BilingualText Value { get; }

    /// <inheritdoc/>
    public bool Equals(DiagnosticArgument other) => string.Equals(Name, other.Name, StringComparison.Ordinal) && Value.Equals(other.Value);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is DiagnosticArgument other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => unchecked(((Name is null ? 0 : StringComparer.Ordinal.GetHashCode(Name)) * 31) + Value.GetHashCode());

    /// <summary><c>name=zh / en</c>.</summary>
    /// <returns>The argument as text.</returns>
    public override string ToString() => Name + "=" + Value.ToString();

    /// <summary>Whether two arguments are equal.</summary>
    /// <param name="left">The first argument.</param>
    /// <param name="right">The second argument.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(DiagnosticArgument left, DiagnosticArgument right) => left.Equals(right);

    /// <summary>Whether two arguments differ.</summary>
    /// <param name="left">The first argument.</param>
    /// <param name="right">The second argument.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(DiagnosticArgument left, DiagnosticArgument right) => !left.Equals(right);
}
