using System;

namespace GovInfoDisclosure.Cli.Corpus;

/// <summary>The sizes of an <see cref="OrderedPipeline"/>: how many threads, how big a batch, how many batches at once.</summary>
/// <remarks>
/// The memory held by the pipeline is at most <see cref="BatchesInFlight"/> batches, each of at most <see cref="BatchSize"/>
/// items and about <see cref="BatchWeight"/> units of weight (plus one item).
/// </remarks>
internal sealed record PipelineOptions
{
    /// <summary>The worker threads: one per core by default (the machine this was written for has two).</summary>
    public int Workers { get; init; } = Math.Max(1, Environment.ProcessorCount);

    /// <summary>The most items in one batch.</summary>
    public int BatchSize { get; init; } = 64;

    /// <summary>The weight (bytes of input) at which a batch is closed early.</summary>
    public long BatchWeight { get; init; } = 1024 * 1024;

    /// <summary>The most batches read ahead of the one being written.</summary>
    public int BatchesInFlight { get; init; } = 8;

    /// <summary>The sizes <c>govinfo validate</c> uses for <paramref name="workers"/> threads.</summary>
    /// <param name="workers">The worker threads (at least one).</param>
    /// <remarks>
    /// The read-ahead is bounded by the workers: one batch of 16 documents per worker plus the one being written, so a
    /// corpus of 14 KB reports holds well under 1 MB of input at once. Deeper read-ahead (64-document batches, at least
    /// eight in flight) let the batches survive into generation 1 and 2 and made the collector, not the checks, the limit
    /// of a second worker (issue 15: 231 gen1 and ~100 gen2 collections per 100k reports).
    /// </remarks>
    public static PipelineOptions ForWorkers(int workers)
    {
        int threads = Math.Max(1, workers);
        return new PipelineOptions
        {
            Workers = threads,
            BatchSize = 16,
            BatchWeight = 256 * 1024,
            BatchesInFlight = threads + 1,
        };
    }
}
