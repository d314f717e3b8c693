using System;
using System.Collections.Generic;
using System.Linq;
using GovInfoDisclosure.Schema.Cells;
using GovInfoDisclosure.Schema.JsonSchemas;
using GovInfoDisclosure.Schema.Labels;
using GovInfoDisclosure.Schema.Migration;
using GovInfoDisclosure.Schema.Model;
using GovInfoDisclosure.Schema.Rules.Engine;
using GovInfoDisclosure.Schema.Rules;
using Xunit;

namespace GovInfoDisclosure.Schema.Tests.Model;

/// <summary>One table of formats: every defined format has one descriptor, and an undefined format is refused everywhere.</summary>
public class FormatDescriptorTests
{
    [Fact]
    public void EveryDefinedFormat_HasOneConsistentDescriptor()
    {
        ReportFormat[] defined = Enum.GetValues(typeof(ReportFormat)).Cast<ReportFormat>().ToArray();

        Assert.Equal(defined.OrderBy(f => (int)f), FormatDescriptor.All.Select(d => d.Format));
        foreach (FormatDescriptor descriptor in FormatDescriptor.All)
        {
            Assert.Equal(descriptor, FormatDescriptor.All[descriptor.Ordinal]);
            Assert.Same(descriptor, FormatDescriptor.For(descriptor.Format));
            Assert.Equal(descriptor.Format, descriptor.Catalogue.Format);
            Assert.Equal(descriptor.Format, descriptor.Cells.Format);
            Assert.Equal(descriptor.Format, ((GovInfoReport)Activator.CreateInstance(descriptor.RecordType)!).Format);
            Assert.Equal(descriptor.Format, RuleSet.For(descriptor.Format).Format);
            Assert.Same(descriptor.Relations, RuleSet.For(descriptor.Format).Relations);
            if (descriptor.Migration is { } step)
            {
                Assert.Equal(descriptor.Format, step.From);
                Assert.True(step.To > step.From);
            }
        }

        Assert.Single(FormatDescriptor.All, d => d.IsCurrent);
        Assert.True(FormatDescriptor.All[FormatDescriptor.All.Length - 1].IsCurrent);
    }

    [Fact]
    public void CrossYear_EveryPairOfFormats_HasItsOwnSet()
    {
        var seen = new HashSet<RuleSet>();
        foreach (FormatDescriptor previous in FormatDescriptor.All)
        {
            foreach (FormatDescriptor current in FormatDescriptor.All)
            {
                RuleSet set = RuleSet.CrossYear(previous.Format, current.Format);
                Assert.Equal(current.Format, set.Format);
                Assert.Equal(previous.Format, set.PreviousFormat);
                Assert.True(seen.Add(set));
            }
        }
    }

    public static IEnumerable<object[]> Undefined() => new[] { new object[] { 0 }, new object[] { 2020 }, new object[] { -2021 }, new object[] { 2022 } };

    [Theory]
    [MemberData(nameof(Undefined))]
    public void UndefinedFormat_IsArgumentOutOfRangeEverywhere(int value)
    {
        var format = (ReportFormat)value;
        var calls = new (string Name, Action Call)[]
        {
            ("FormatDescriptor.For", () => FormatDescriptor.For(format)),
            ("LabelCatalogue.For", () => LabelCatalogue.For(format)),
            ("CellLayout.For", () => CellLayout.For(format)),
            ("ReportCells.Build", () => ReportCells.Build(format, new ReportCell[CellLayout.Format2021.Count])),
            ("ReportCellBuilder", () => new ReportCellBuilder(format)),
            ("ReportMigrator.GetCarries", () => ReportMigrator.GetCarries(format)),
            ("ReportRuleSet.BuiltIn", () => ReportRuleSet.BuiltIn(format)),
            ("ReportSchemas.GetJson", () => ReportSchemas.GetJson(format)),
            ("RuleSet.For", () => RuleSet.For(format)),
            ("RuleSet.CrossYear previous", () => RuleSet.CrossYear(format, ReportFormat.Format2021)),
            ("RuleSet.CrossYear current", () => RuleSet.CrossYear(ReportFormat.Format2019, format)),
        };

        foreach ((string name, Action call) in calls)
        {
            Exception? ex = Record.Exception(call);
            Assert.True(ex is ArgumentOutOfRangeException, name + ": " + ex?.GetType().Name);
        }
    }
}
