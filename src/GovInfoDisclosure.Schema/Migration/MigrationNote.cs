using GovInfoDisclosure.Schema.Diagnostics;

namespace GovInfoDisclosure.Schema.Migration;

/// <summary>What happened to one field of one report during a migration, with the source value kept.</summary>
/// <remarks>Immutable; equality is value equality.</remarks>
public sealed record MigrationNote
{
    internal MigrationNote(FieldCarry carry, string? sourceJson)
    {
        Carry = carry;
        SourceJson = sourceJson;
    }

    /// <summary>The mapping line applied.</summary>
    public FieldCarry Carry { get; }

    /// <summary>How the field was carried.</summary>
    public CarryKind Kind => Carry.Kind;

    /// <summary>The field in the source report; <see langword="null"/> for a field the target adds.</summary>
    public string? SourcePointer => Carry.SourcePointer;

    /// <summary>The field in the migrated report; <see langword="null"/> for a dropped field.</summary>
    public string? TargetPointer => Carry.TargetPointer;

    /// <summary>
    /// The source value as JSON text, exactly as the canonical document holds it (<c>12</c>, <c>null</c>, <c>"/"</c>):
    /// the side record that keeps what the target format cannot hold. <see langword="null"/> when there is no source.
    /// </summary>
    public string? SourceJson { get; }

    /// <summary>Why, in Chinese and English.</summary>
    public BilingualText Reason => Carry.Reason;

    /// <inheritdoc/>
    public override string ToString() => $"{Kind} {SourcePointer ?? "-"} → {TargetPointer ?? "-"} ({SourceJson ?? "no source"}): {Reason.En}";
}
