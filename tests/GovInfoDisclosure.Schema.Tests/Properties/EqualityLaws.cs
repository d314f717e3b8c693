using System;
using System.Collections.Generic;
using FsCheck;
using FsCheck.Fluent;

namespace GovInfoDisclosure.Schema.Tests.Properties;

/// <summary>
/// The equality laws every public value type must keep (NodaTime's <c>TestHelper.TestEqualsStruct</c> as FsCheck
/// properties): reflexive, symmetric, an independently built copy is equal with the same hash, and equal values always
/// hash alike. <c>GetHashCode</c> must not throw on any value (the project compiles with overflow checks on).
/// </summary>
public static class EqualityLaws
{
    /// <summary>Checks the laws on generated values; throws with the counter-example when one fails.</summary>
    /// <param name="values">Values of the type; small domains make equal pairs likely.</param>
    /// <param name="copy">Builds a value equal to its argument but constructed anew (not the same reference for classes).</param>
    /// <param name="maxTest">How many cases to run.</param>
    public static void Check<T>(Gen<T> values, Func<T, T> copy, int maxTest = 200)
        where T : notnull
    {
        Config config = Config.QuickThrowOnFailure.WithMaxTest(maxTest);

        FsCheck.Check.One(config, Prop.ForAll(values.ToArbitrary(), x =>
        {
            T y = copy(x);
            return x.Equals(x)
                && x.Equals((object)x)
                && x.Equals(y) && y.Equals(x)
                && x.GetHashCode() == x.GetHashCode()
                && x.GetHashCode() == y.GetHashCode()
                && !x.Equals(null!)
                && EqualityComparer<T>.Default.Equals(x, y);
        }));

        FsCheck.Check.One(config, Prop.ForAll(Gen.Two(values).ToArbitrary(), pair =>
        {
            (T a, T b) = pair;
            bool ab = a.Equals(b);
            bool ba = b.Equals(a);
            return ab == ba && (!ab || a.GetHashCode() == b.GetHashCode());
        }));

        // A set of them must build, hold each distinct value once and find every copy.
        FsCheck.Check.One(config.WithMaxTest(Math.Max(20, maxTest / 10)), Prop.ForAll(Gen.ListOf(values).ToArbitrary(), list =>
        {
            var set = new HashSet<T>(list);
            foreach (T item in list)
            {
                if (!set.Contains(copy(item)))
                {
                    return false;
                }
            }

            return true;
        }));
    }
}
