using System;

namespace GovInfoDisclosure.Cli.Corpus;

/// <summary>
/// A tiny deterministic pseudo-random generator (SplitMix64): the same seed gives the same numbers on every runtime and
/// machine, which <see cref="Random"/> does not promise across .NET versions.
/// </summary>
internal struct SplitMix64
{
    private ulong _state;

    public SplitMix64(ulong seed) => _state = seed;

    /// <summary>A generator for item <paramref name="index"/> of a run seeded with <paramref name="seed"/>, independent of the other items.</summary>
    public static SplitMix64 ForItem(ulong seed, long index)
    {
        var mixer = new SplitMix64(seed);
        ulong key = mixer.NextUInt64() ^ unchecked((ulong)index * 0xD1B54A32D192ED03UL);
        return new SplitMix64(key);
    }

    public ulong NextUInt64()
    {
        // The arithmetic wraps by design (the build checks overflow everywhere else).
        unchecked
        {
            ulong z = _state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    /// <summary>A number from 0 to <paramref name="maxExclusive"/> − 1.</summary>
    public int Next(int maxExclusive) => maxExclusive <= 0 ? 0 : (int)(NextUInt64() % (ulong)maxExclusive);

    /// <summary>A number from <paramref name="min"/> to <paramref name="maxInclusive"/>.</summary>
    public int Between(int min, int maxInclusive) => min + Next(maxInclusive - min + 1);

    /// <summary>True with the given chance in percent.</summary>
    public bool Percent(int chance) => Next(100) < chance;

    /// <summary>One of the values.</summary>
    public T Pick<T>(T[] values) => values[Next(values.Length)];
}
