using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using GovInfoDisclosure.Cli.Corpus;
using Xunit;

namespace GovInfoDisclosure.Schema.Tests.Cli.Corpus;

public class OrderedPipelineTests
{
    private static List<string> Run(IEnumerable<int> inputs, Func<int, string> process, PipelineOptions options)
    {
        var results = new List<string>();
        OrderedPipeline.Run(inputs, _ => 1, process, (item, ex) => $"failed {item}: {ex.Message}", results.Add, options);
        return results;
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 7)]
    [InlineData(8, 3)]
    public void Results_ComeInInputOrder_WhateverTheWorkers(int workers, int batchSize)
    {
        // Items finish out of order: the later ones of a batch are quicker.
        List<string> results = Run(Enumerable.Range(0, 500), i =>
        {
            Thread.SpinWait((500 - i) * 20);
            return i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }, new PipelineOptions { Workers = workers, BatchSize = batchSize, BatchesInFlight = 2 });

        Assert.Equal(Enumerable.Range(0, 500).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), results);
    }

    [Fact]
    public void AnItemThatThrows_BecomesItsFailureResult_AndTheOthersGoOn()
    {
        List<string> results = Run(Enumerable.Range(0, 10), i => i == 3 ? throw new InvalidOperationException("boom") : "ok " + i,
            new PipelineOptions { Workers = 2, BatchSize = 2 });

        Assert.Equal(10, results.Count);
        Assert.Equal("failed 3: boom", results[3]);
        Assert.Equal("ok 9", results[9]);
    }

    [Fact]
    public void InputsAreReadAhead_OnlyAsFarAsTheBound()
    {
        var options = new PipelineOptions { Workers = 2, BatchSize = 4, BatchesInFlight = 3 };
        int enumerated = 0, consumed = 0, maxAhead = 0;
        IEnumerable<int> Inputs()
        {
            for (int i = 0; i < 2000; i++)
            {
                Interlocked.Increment(ref enumerated);
                yield return i;
            }
        }

        OrderedPipeline.Run(Inputs(), _ => 1, i => i, (i, _) => -1, _ =>
        {
            // The consumer is slow: the producer must wait for it rather than read the whole input.
            Thread.SpinWait(2000);
            maxAhead = Math.Max(maxAhead, Volatile.Read(ref enumerated) - consumed);
            consumed++;
        }, options);

        Assert.Equal(2000, consumed);

        // Batches in the queue, plus the one being consumed, plus the one being filled.
        int bound = (options.BatchesInFlight + 2) * options.BatchSize;
        Assert.InRange(maxAhead, 1, bound);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(8)]
    public void ForWorkers_BoundsTheReadAheadByTheWorkers(int workers)
    {
        PipelineOptions options = PipelineOptions.ForWorkers(workers);
        Assert.Equal(workers, options.Workers);
        Assert.Equal(workers + 1, options.BatchesInFlight);
        Assert.Equal(16, options.BatchSize);
        Assert.Equal(256 * 1024, options.BatchWeight);

        int enumerated = 0, consumed = 0, maxAhead = 0;
        IEnumerable<int> Inputs()
        {
            for (int i = 0; i < 3000; i++)
            {
                Interlocked.Increment(ref enumerated);
                yield return i;
            }
        }

        var results = new List<int>();
        OrderedPipeline.Run(Inputs(), _ => 1, i => i * 2, (i, _) => -1, r =>
        {
            Thread.SpinWait(500);
            maxAhead = Math.Max(maxAhead, Volatile.Read(ref enumerated) - consumed);
            consumed++;
            results.Add(r);
        }, options);

        Assert.Equal(Enumerable.Range(0, 3000).Select(i => i * 2), results);
        Assert.InRange(maxAhead, 1, (workers + 1 + 2) * 16);
    }

    [Fact]
    public void ForWorkers_AtLeastOneWorker()
    {
        PipelineOptions options = PipelineOptions.ForWorkers(0);
        Assert.Equal(1, options.Workers);
        Assert.Equal(2, options.BatchesInFlight);
    }

    [Fact]
    public void Batches_CloseAtTheSizeOrTheWeight()
    {
        Assert.Equal(new[] { 3, 3, 1 }, OrderedPipeline.Batches(Enumerable.Range(0, 7), _ => 0, 3, 100).Select(b => b.Length));

        // Each item weighs 4: a batch closes at the third item (weight 12 >= 10); an item over the weight is a batch alone.
        Assert.Equal(new[] { 3, 3, 2 }, OrderedPipeline.Batches(Enumerable.Range(0, 8), _ => 4, 100, 10).Select(b => b.Length));
        Assert.Equal(new[] { 1, 3 }, OrderedPipeline.Batches(new[] { 50, 1, 1, 1 }, i => i, 100, 10).Select(b => b.Length));
        Assert.Equal(Enumerable.Range(0, 8), OrderedPipeline.Batches(Enumerable.Range(0, 8), _ => 4, 100, 10).SelectMany(b => b));
        Assert.Empty(OrderedPipeline.Batches(Array.Empty<int>(), _ => 1, 3, 10));
    }

    [Fact]
    public void AFailingInputSequence_SurfacesAfterTheResultsBeforeIt()
    {
        IEnumerable<int> Inputs()
        {
            yield return 1;
            yield return 2;
            throw new System.IO.IOException("disk gone");
        }

        var results = new List<int>();
        var ex = Assert.Throws<AggregateException>(() =>
            OrderedPipeline.Run(Inputs(), _ => 1, i => i, (i, _) => -1, results.Add, new PipelineOptions { Workers = 2, BatchSize = 1 }));

        Assert.IsType<System.IO.IOException>(ex.InnerException);
        Assert.Equal(new[] { 1, 2 }, results);
    }

    [Fact]
    public void AConsumerThatThrows_StopsThePipelineWithoutHanging()
    {
        int enumerated = 0;
        IEnumerable<int> Endless()
        {
            for (int i = 0; ; i++)
            {
                enumerated++;
                yield return i;
            }
        }

        Assert.Throws<InvalidOperationException>(() => OrderedPipeline.Run(Endless(), _ => 1, i => i, (i, _) => -1,
            i => { if (i == 50) { throw new InvalidOperationException("output closed"); } },
            new PipelineOptions { Workers = 2, BatchSize = 4, BatchesInFlight = 2 }));
        Assert.InRange(enumerated, 51, 1000);
    }
}
