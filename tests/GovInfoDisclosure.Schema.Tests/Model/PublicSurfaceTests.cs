using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using GovInfoDisclosure.Schema.Cells;
using GovInfoDisclosure.Schema.Diagnostics;
using GovInfoDisclosure.Schema.Import;
using GovInfoDisclosure.Schema.Json;
using GovInfoDisclosure.Schema.Labels;
using GovInfoDisclosure.Schema.Migration;
using GovInfoDisclosure.Schema.Model;
using GovInfoDisclosure.Schema.Model.Format2019;
using GovInfoDisclosure.Schema.Rules;
using GovInfoDisclosure.Schema.Rules.Catalogue;
using GovInfoDisclosure.Schema.Tests.Properties;
using GovInfoDisclosure.Schema.Tests.Support;
using Xunit;

namespace GovInfoDisclosure.Schema.Tests.Model;

/// <summary>
/// The public surface of both packages (core and Import), by reflection (NodaTime's <c>MutabilityTest</c>): no public
/// settable property, no mutable collection type in a signature, and no public collection whose object can be changed
/// by a cast (a shared array behind an <see cref="IReadOnlyList{T}"/>).
/// </summary>
public class PublicSurfaceTests
{
    /// <summary>The one deliberately mutable public type: the builder producers fill cell by cell.</summary>
    private static readonly Type[] Builders = { typeof(ReportCellBuilder) };

    private static readonly Assembly[] Packages = { typeof(GovInfoReport).Assembly, typeof(ImportResult).Assembly };

    private static IEnumerable<Type> PublicTypes => Packages.SelectMany(a => a.GetExportedTypes());

    [Fact]
    public void PublicProperties_HaveNoSetterButInit()
    {
        var failures = new List<string>();
        foreach (Type type in PublicTypes.Where(t => !Builders.Contains(t)))
        {
            foreach (PropertyInfo property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                if (property.SetMethod is { IsPublic: true } setter
                    && !setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.FullName == typeof(IsExternalInit).FullName))
                {
                    failures.Add($"{type.FullName}.{property.Name}");
                }
            }

            foreach (FieldInfo field in type.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                if (!field.IsLiteral && !(field.IsInitOnly && !IsMutableCollection(field.FieldType)) && !type.IsEnum)
                {
                    failures.Add($"{type.FullName}.{field.Name} (field)");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void PublicProperties_NameNoMutableCollectionType()
    {
        var failures = new List<string>();
        foreach (Type type in PublicTypes.Where(t => !Builders.Contains(t)))
        {
            foreach (PropertyInfo property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                if (IsMutableCollection(property.PropertyType))
                {
                    failures.Add($"{type.FullName}.{property.Name}: {property.PropertyType.Name}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void PublicCollections_ReachableFromRealValues_CannotBeChangedByACast()
    {
        var walker = new Walker();
        foreach (object root in Roots())
        {
            walker.Visit(root, root.GetType().Name);
        }

        Assert.True(walker.CollectionsSeen > 50, "the walk reached too few collections: " + walker.CollectionsSeen);
        Assert.True(walker.Failures.Count == 0, string.Join("\n", walker.Failures));
    }

    [Fact]
    public void ImportResult_Provenance_CannotBeChangedThroughACast()
    {
        ImportResult result = ReportImporter.Import(Fixtures.Text(Fixtures.Pingwu));
        var asDictionary = Assert.IsAssignableFrom<IDictionary<string, CellProvenance>>(result.Provenance);
        int count = result.Provenance.Count;

        Assert.Throws<NotSupportedException>(() => asDictionary["/applications/newlyReceived/total"] = CellProvenance.Inferred);
        Assert.Throws<NotSupportedException>(() => asDictionary.Clear());
        Assert.Equal(count, result.Provenance.Count);
        Assert.Equal(CellProvenance.Read, result.Provenance["/applications/newlyReceived/total"]);
    }

    [Fact]
    public void ValidationResult_From_CopiesTheCallersList()
    {
        var list = new List<Diagnostic>(ValueSemanticsTests.FailingDiagnostics());
        ValidationResult result = ValidationResult.From(list);
        int count = result.Diagnostics.Count;

        list.Clear();

        Assert.Equal(count, result.Diagnostics.Count);
    }

    [Fact]
    public void RuleCatalogue_Formats_CannotBeChangedThroughACast()
    {
        IReadOnlyList<ReportFormat> formats = RuleCatalogue.All[0].Formats;

        Assert.False(formats is ReportFormat[] or List<ReportFormat>);
    }

    private static IEnumerable<object> Roots()
    {
        yield return LabelCatalogue.Format2021;
        yield return LabelCatalogue.Format2019;
        yield return CellLayout.Format2021;
        yield return CellLayout.Format2019;
        foreach (RuleDefinition rule in RuleCatalogue.All)
        {
            yield return rule;
        }

        yield return new StaticMembers(typeof(RuleCatalogue));
        yield return new StaticMembers(typeof(DiagnosticCatalogue));
        yield return ReportValidator.Validate(Fixtures.Load(Fixtures.Pingwu) with { Year = 2024 });
        yield return ValidationResult.From(ValueSemanticsTests.FailingDiagnostics());
        yield return ReportJson.Read("{\"format\": \"2021\", \"yaer\": 1}");
        GovInfoReport legacy = Fixtures.All.Select(n => Fixtures.Load((string)n[0])).First(r => r is Report2019);
        yield return ReportMigrator.ToCurrent(legacy);
        foreach (FieldCarry carry in ReportMigrator.GetCarries(ReportFormat.Format2019))
        {
            yield return carry;
        }

        yield return ReportConsolidation.Sum(new[] { legacy, legacy });
        yield return ReportImporter.Import(Fixtures.Text(Fixtures.Pingwu));
        yield return ReportImporter.Import("not a report");
        yield return ImportValidation.ImportAndValidate(Fixtures.Text(Fixtures.Pingwu));
        yield return new ExtraRow(ReportTable.ProactiveDisclosure, 3, "其他主动公开文件", new List<string> { "1", "2" });
    }

    private static bool IsMutableCollection(Type type)
    {
        if (type.IsArray)
        {
            return true;
        }

        if (!type.IsGenericType)
        {
            return false;
        }

        Type definition = type.GetGenericTypeDefinition();
        return definition == typeof(List<>) || definition == typeof(Dictionary<,>) || definition == typeof(HashSet<>)
            || definition == typeof(IList<>) || definition == typeof(ICollection<>) || definition == typeof(IDictionary<,>)
            || definition == typeof(ISet<>) || definition == typeof(SortedDictionary<,>) || definition == typeof(Queue<>) || definition == typeof(Stack<>);
    }

    /// <summary>The public static properties of a static class, walked like an object's.</summary>
    private sealed class StaticMembers
    {
        public StaticMembers(Type type) => Type = type;

        public Type Type { get; }
    }

    private sealed class Walker
    {
        private readonly HashSet<object> _seen = new(ReferenceEqualityComparer.Instance);

        public List<string> Failures { get; } = new();

        public int CollectionsSeen { get; private set; }

        public void Visit(object? value, string path)
        {
            if (value is null || value is string || value.GetType().IsPrimitive || value is decimal || value is Enum || value is Type)
            {
                return;
            }

            if (!value.GetType().IsValueType && !_seen.Add(value))
            {
                return;
            }

            if (value is StaticMembers statics)
            {
                VisitProperties(statics.Type, null, path, BindingFlags.Public | BindingFlags.Static);
                return;
            }

            if (value is IEnumerable collection)
            {
                CollectionsSeen++;
                Type runtime = value.GetType();
                if (!IsImmutable(value))
                {
                    Failures.Add($"{path}: {runtime.Name} can be changed through a cast");
                }

                int i = 0;
                foreach (object? item in collection)
                {
                    Visit(item is DictionaryEntry entry ? entry.Value : item, path + "[" + i++ + "]");
                }

                return;
            }

            if (Packages.Contains(value.GetType().Assembly))
            {
                VisitProperties(value.GetType(), value, path, BindingFlags.Public | BindingFlags.Instance);
            }
        }

        private void VisitProperties(Type type, object? target, string path, BindingFlags flags)
        {
            foreach (PropertyInfo property in type.GetProperties(flags))
            {
                if (property.GetIndexParameters().Length > 0 || property.GetMethod is not { IsPublic: true })
                {
                    continue;
                }

                Visit(property.GetValue(target), path + "." + property.Name);
            }
        }

        private static bool IsImmutable(object value)
        {
            Type type = value.GetType();
            if (type.IsArray)
            {
                return ((Array)value).Length == 0; // Array.Empty<T>() cannot change
            }

            string ns = type.Namespace ?? string.Empty;
            return ns.StartsWith("System.Collections.Immutable", StringComparison.Ordinal)
                || ns.StartsWith("System.Collections.Frozen", StringComparison.Ordinal)
                || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>))
                || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(System.Collections.ObjectModel.ReadOnlyCollection<>)) // no mutator, even after a cast
                || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(System.Collections.ObjectModel.ReadOnlyDictionary<,>)); // its IDictionary mutators throw
        }
    }
}
