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
}
