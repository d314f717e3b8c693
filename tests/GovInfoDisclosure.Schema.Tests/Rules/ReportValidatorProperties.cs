using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovInfoDisclosure.Schema.Cells;
using GovInfoDisclosure.Schema.Diagnostics;
using GovInfoDisclosure.Schema.Model;
using GovInfoDisclosure.Schema.Rules;
using GovInfoDisclosure.Schema.Rules.Engine;
using Xunit;

namespace GovInfoDisclosure.Schema.Tests.Rules;

/// <summary>Properties of <see cref="ReportValidator"/> over generated reports (FsCheck 3).</summary>
public class ReportValidatorProperties
{
    [Property(MaxTest = 200)]
    public Property ValidByConstruction_PassesEveryRule() =>
        Prop.ForAll(ReportGenerators.ValidReport().ToArbitrary(), report =>
        {
            ValidationResult result = ReportValidator.Validate(report);
            Assert.Empty(result.Diagnostics);
            Assert.Same(ValidationResult.Empty, result);
        });

    [Property(MaxTest = 300)]
    public Property ChangingOneStrictCell_FailsAStrictRuleThatNamesIt() =>
        Prop.ForAll(ReportGenerators.Mutation().ToArbitrary(), mutation =>
        {
            (GovInfoReport report, int cell, int value) = mutation;
            GovInfoReport mutated = ReportGenerators.With(report, cell, ReportGenerators.Number(value));
            string pointer = ReportGenerators.PointerOf(report, cell);

            ValidationResult result = ReportValidator.Validate(mutated);

            Assert.False(result.IsValid);
            Assert.Contains(result.Diagnostics, d => d.IsError);
            Assert.All(result.Diagnostics.Where(d => d.Outcome == DiagnosticOutcome.Fail), d => Assert.Contains(pointer, d.Paths));
        });

    [Property(MaxTest = 300)]
    public Property ReplacingOneCellByBlankOrMark_MakesRulesIndeterminateNotFailed() =>
        Prop.ForAll(ReportGenerators.Unknowing().ToArbitrary(), change =>
        {
            (GovInfoReport report, int cell, bool mark) = change;
            GovInfoReport changed = ReportGenerators.With(report, cell, mark ? ReportGenerators.Mark("/") : ReportGenerators.Blank());
            string pointer = ReportGenerators.PointerOf(report, cell);

            ValidationResult result = ReportValidator.Validate(changed);

            Assert.True(result.IsValid);
            Assert.NotEmpty(result.Diagnostics);
            Assert.All(result.Diagnostics, d =>
            {
                Assert.Equal(DiagnosticOutcome.Indeterminate, d.Outcome);
                Assert.Equal(new[] { pointer }, d.UnknownPaths);
                Assert.Contains(pointer, d.Paths);
                Assert.Null(d.Expected);
                Assert.Null(d.Actual);
            });
        });

    [Property(MaxTest = 100)]
    public Property CellsNearIntMaxValue_AreJudgedExactly() =>
        Prop.ForAll(
            (from report in ReportGenerators.ValidReport()
             from offsets in Gen.ArrayOf(Gen.Choose(0, 3), 300)
             select (report, offsets)).ToArbitrary(),
            input =>
            {
                (GovInfoReport report, int[] offsets) = input;
                ReportCell[] cells = ReportGenerators.Flatten(report);
                List<int> strict = ReportGenerators.StrictCells(report);
                for (int i = 0; i < strict.Count; i++)
                {
                    cells[strict[i]] = ReportGenerators.Number(int.MaxValue - offsets[i % offsets.Length]);
                }

                GovInfoReport huge = ReportGenerators.Rebuild(report, cells);
                ValidationResult result = ReportValidator.Validate(huge);

                // Every row total is checked against six cells near int.MaxValue: expected is their exact sum.
                foreach (Diagnostic d in result.Diagnostics.Where(d => d.Code == "GID-B3"))
                {
                    decimal sum = 0;
                    foreach (string path in d.Paths.Skip(1))
                    {
                        sum += cells[IndexOf(report.Format, path)].Number;
                    }

                    Assert.Equal(sum, d.Expected);
                    Assert.Equal(cells[IndexOf(report.Format, d.Paths[0])].Number, d.Actual);
                    Assert.True(d.Expected > int.MaxValue);
                }

                Assert.Contains(result.Diagnostics, d => d.Code == "GID-B3");
            });

    [Property(MaxTest = 100)]
    public Property RuleOrder_DoesNotChangeTheResult() =>
        Prop.ForAll(
            (from mutation in ReportGenerators.Mutation()
             from seed in Gen.Choose(0, int.MaxValue)
             select (mutation, seed)).ToArbitrary(),
            input =>
            {
                ((GovInfoReport report, int cell, int value), int seed) = input;
                GovInfoReport mutated = ReportGenerators.With(report, cell, ReportGenerators.Number(value));
                RuleInstance[] instances = RuleSet.For(mutated.Format).Instances;
                var shuffled = (RuleInstance[])instances.Clone();
                var random = new Random(seed);
                for (int i = shuffled.Length - 1; i > 0; i--)
                {
                    int j = random.Next(i + 1);
                    (shuffled[i], shuffled[j]) = (shuffled[j], shuffled[i]);
                }

                var cells = new CellValue[CellLayout.For(mutated.Format).Count];
                CellValue.Fill(mutated, cells);
                var byOrdinal = new SortedDictionary<int, Diagnostic>();
                foreach (RuleInstance instance in shuffled)
                {
                    if (RuleEngine.Evaluate(instance, cells, null) is { } diagnostic)
                    {
                        byOrdinal.Add(instance.Ordinal, diagnostic);
                    }
                }

                Assert.Equal(ReportValidator.Validate(mutated).Diagnostics, byOrdinal.Values.ToList());
            });

    /// <summary>A canary: a property run through <see cref="Check.QuickThrowOnFailure"/>, in case [Property] discovery breaks.</summary>
    [Fact]
    public void Canary_QuickThrowOnFailure_RunsAProperty()
    {
        int runs = 0;
        Prop.ForAll(ReportGenerators.ValidReport().ToArbitrary(), report =>
        {
            runs++;
            return ReportValidator.Validate(report).IsValid;
        }).QuickCheckThrowOnFailure();

        Assert.True(runs > 0);
        Assert.Throws<Exception>(() => Prop.ForAll(ReportGenerators.ValidReport().ToArbitrary(), report => !ReportValidator.Validate(report).IsValid)
            .QuickCheckThrowOnFailure());
    }

    private static int IndexOf(ReportFormat format, string pointer) => CellLayout.For(format).IndexOf(pointer);
}
