using GovInfoDisclosure.Schema.Diagnostics;

namespace GovInfoDisclosure.Schema.Migration;

/// <summary>One line of a migration's mapping: which source field goes to which target field, and how.</summary>
/// <remarks>Instances are immutable data of a migration step; equality is reference equality.</remarks>
public sealed class FieldCarry
{
    internal FieldCarry(CarryKind kind, string? sourcePointer, string? targetPointer, BilingualText reason)
    {
        Kind = kind;
        SourcePointer = sourcePointer;
        TargetPointer = targetPointer;
        Reason = reason;
    }

    /// <summary>How the field is carried.</summary>
    public CarryKind Kind { get; }

    /// <summary>The JSON Pointer of the field in the source format; <see langword="null"/> for <see cref="CarryKind.NotCarried"/>.</summary>
    public string? SourcePointer { get; }

    /// <summary>The JSON Pointer of the field in the target format; <see langword="null"/> for <see cref="CarryKind.Dropped"/>.</summary>
    public string? TargetPointer { get; }

    /// <summary>Why, citing the migration table of the format specification.</summary>
    public BilingualText Reason { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Kind}: {SourcePointer ?? "-"} → {TargetPointer ?? "-"}";
}
