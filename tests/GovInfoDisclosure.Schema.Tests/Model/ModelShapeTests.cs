using System;
using System.Linq;
using System.Reflection;
using GovInfoDisclosure.Schema.Model;
using Xunit;

namespace GovInfoDisclosure.Schema.Tests.Model;

/// <summary>House rules for the public model, checked by reflection over the whole assembly.</summary>
public class ModelShapeTests
{
    private static readonly Type[] PublicTypes = typeof(GovInfoReport).Assembly.GetExportedTypes();

    [Fact]
    public void ModelTypes_HaveNoPublicSetters_OnlyInit()
    {
        foreach (Type type in PublicTypes.Where(t => t.Namespace!.StartsWith("GovInfoDisclosure.Schema.Model", StringComparison.Ordinal)))
        {
            foreach (PropertyInfo property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            {
                MethodInfo? setter = property.SetMethod;
                if (setter is { IsPublic: true })
                {
                    bool isInit = setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.FullName == "System.Runtime.CompilerServices.IsExternalInit");
                    Assert.True(isInit, $"{type.Name}.{property.Name} has a public setter that is not init-only.");
                }
            }
        }
    }

    [Fact]
    public void ModelTypes_HoldNoCollections()
    {
        // Records compare collections by reference; the model keeps value equality by holding none.
        foreach (Type type in PublicTypes.Where(t => t.Namespace!.StartsWith("GovInfoDisclosure.Schema.Model", StringComparison.Ordinal)))
        {
            foreach (PropertyInfo property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                Assert.False(property.PropertyType != typeof(string) && typeof(System.Collections.IEnumerable).IsAssignableFrom(property.PropertyType),
                    $"{type.Name}.{property.Name} is a collection.");
            }
        }
    }

    [Fact]
    public void ModelClasses_AreSealedRecords_ExceptTheReportBase()
    {
        foreach (Type type in PublicTypes.Where(t => t.IsClass && t.Namespace!.StartsWith("GovInfoDisclosure.Schema.Model", StringComparison.Ordinal)))
        {
            Assert.NotNull(type.GetMethod("<Clone>$"));
            Assert.True(type.IsSealed || type == typeof(GovInfoReport), type.Name);
        }

        Assert.Empty(typeof(GovInfoReport).GetConstructors(BindingFlags.Public | BindingFlags.Instance));
    }

    [Fact]
    public void CellsAndDates_AreReadOnlyStructs()
    {
        foreach (Type type in PublicTypes.Where(t => t.IsValueType && !t.IsEnum))
        {
            Assert.True(type.GetCustomAttributes().Any(a => a.GetType().Name == "IsReadOnlyAttribute"), type.Name + " is not a readonly struct");
        }
    }
}
