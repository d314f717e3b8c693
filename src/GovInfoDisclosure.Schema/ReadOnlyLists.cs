using System.Collections.Generic;
using System.Collections.Immutable;

namespace GovInfoDisclosure.Schema;

/// <summary>
/// Defensive copies for public collection members: an <see cref="ImmutableArray{T}"/> behind the declared
/// <see cref="IReadOnlyList{T}"/>, so that no cast can change a list the library hands out or keeps.
/// </summary>
internal static class ReadOnlyLists
{
    /// <summary>An immutable copy of <paramref name="items"/> (no copy when it already is an immutable array).</summary>
    public static IReadOnlyList<T> Copy<T>(IEnumerable<T> items) =>
        items is ImmutableArray<T> immutable ? immutable : ImmutableArray.CreateRange(items);
}
