using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;

namespace GovInfoDisclosure.Cli.Corpus;

/// <summary>
/// A bounded producer/consumer pipeline that processes items on several threads and hands the results to the caller in
/// input order.
/// </summary>
/// <remarks>
/// <para>
/// One thread enumerates the inputs and groups them into batches (at most <see cref="PipelineOptions.BatchSize"/> items or
/// <see cref="PipelineOptions.BatchWeight"/> units of weight, whichever comes first); <see cref="PipelineOptions.Workers"/>
/// threads process whole batches; the calling thread waits for the oldest batch and consumes its results in order. At most
/// <see cref="PipelineOptions.BatchesInFlight"/> batches exist at once, so memory stays flat however long the input is.
/// </para>
/// <para>
/// An exception thrown by <c>process</c> for one item becomes that item's result through <c>onFailure</c>: one bad item never
/// stops the others. The output is the same whatever the number of workers.
/// </para>
/// </remarks>
internal static class OrderedPipeline
{
    /// <summary>Runs the pipeline to the end of the inputs.</summary>
    /// <typeparam name="TIn">The input item.</typeparam>
    /// <typeparam name="TOut">The result of one item.</typeparam>
    /// <param name="inputs">The inputs, enumerated once on a thread of the pipeline.</param>
    /// <param name="weight">The weight of an input (e.g. its size in bytes), to bound the memory of a batch.</param>
    /// <param name="process">Processes one item; may run on any worker thread.</param>
    /// <param name="onFailure">The result of an item whose processing threw.</param>
    /// <param name="consume">Receives every result, in input order, on the calling thread.</param>
    /// <param name="options">The sizes.</param>
    /// <exception cref="AggregateException">Enumerating the inputs threw (the results before it were consumed).</exception>
    public static void Run<TIn, TOut>(
        IEnumerable<TIn> inputs,
        Func<TIn, long> weight,
        Func<TIn, TOut> process,
        Func<TIn, Exception, TOut> onFailure,
        Action<TOut> consume,
        PipelineOptions options)
    {
        // Not disposed: after an early end a background thread may still touch them (see the joins below).
        var cancel = new CancellationTokenSource();
        var ordered = new BlockingCollection<Batch<TIn, TOut>>(options.BatchesInFlight);
        var work = new BlockingCollection<Batch<TIn, TOut>>();
        Exception? producerFailure = null;

        var producer = new Thread(() =>
        {
            try
            {
                Produce(inputs, weight, options, ordered, work, cancel.Token);
            }
            catch (OperationCanceledException)
            {
                // The consumer stopped.
            }
            catch (Exception ex)
            {
                producerFailure = ex;
            }
            finally
            {
                ordered.CompleteAdding();
                work.CompleteAdding();
            }
        })
        { IsBackground = true, Name = "govinfo-inputs" };

        var workers = new Thread[Math.Max(1, options.Workers)];
        for (int i = 0; i < workers.Length; i++)
        {
            workers[i] = new Thread(() => Work(work, process, onFailure, cancel.Token)) { IsBackground = true, Name = "govinfo-worker-" + i };
        }

        producer.Start();
        foreach (Thread worker in workers)
        {
            worker.Start();
        }

        try
        {
            foreach (Batch<TIn, TOut> batch in ordered.GetConsumingEnumerable())
            {
                batch.Done.Wait();
                batch.Done.Dispose();
                foreach (TOut result in batch.Results)
                {
                    consume(result);
                }
            }
        }
        finally
        {
            // Normal end: everything is consumed and the threads are finishing. Early end (consume threw): release them.
            // The joins are bounded: a producer blocked in reading its input (a terminal that never ends) cannot be
            // interrupted, and its thread is a background one that ends with the process.
            cancel.Cancel();
            producer.Join(TimeSpan.FromSeconds(5));
            foreach (Thread worker in workers)
            {
                worker.Join(TimeSpan.FromSeconds(5));
            }
        }

        if (producerFailure is not null)
        {
            throw new AggregateException("Reading the inputs failed.", producerFailure);
        }
    }

    /// <summary>Groups the inputs into batches of at most <paramref name="size"/> items, closing one early at <paramref name="maxWeight"/>.</summary>
    public static IEnumerable<TIn[]> Batches<TIn>(IEnumerable<TIn> inputs, Func<TIn, long> weight, int size, long maxWeight)
    {
        var items = new List<TIn>(Math.Max(1, size));
        long batchWeight = 0;
        foreach (TIn input in inputs)
        {
            items.Add(input);
            batchWeight += Math.Max(0, weight(input));
            if (items.Count >= size || batchWeight >= maxWeight)
            {
                yield return items.ToArray();
                items.Clear();
                batchWeight = 0;
            }
        }

        if (items.Count > 0)
        {
            yield return items.ToArray();
        }
    }

    private static void Produce<TIn, TOut>(
        IEnumerable<TIn> inputs,
        Func<TIn, long> weight,
        PipelineOptions options,
        BlockingCollection<Batch<TIn, TOut>> ordered,
        BlockingCollection<Batch<TIn, TOut>> work,
        CancellationToken cancel)
    {
        foreach (TIn[] items in Batches(inputs, weight, options.BatchSize, options.BatchWeight))
        {
            var batch = new Batch<TIn, TOut>(items);

            // The ordered queue is bounded: this blocks while too many batches are in flight.
            ordered.Add(batch, cancel);
            work.Add(batch, cancel);
        }
    }

    private static void Work<TIn, TOut>(BlockingCollection<Batch<TIn, TOut>> work, Func<TIn, TOut> process, Func<TIn, Exception, TOut> onFailure, CancellationToken cancel)
    {
        try
        {
            foreach (Batch<TIn, TOut> batch in work.GetConsumingEnumerable(cancel))
            {
                for (int i = 0; i < batch.Items.Length; i++)
                {
                    TIn item = batch.Items[i];
                    try
                    {
                        batch.Results[i] = process(item);
                    }
                    catch (Exception ex)
                    {
                        batch.Results[i] = onFailure(item, ex);
                    }

                    // The input is no longer needed: let it go before the batch is consumed.
                    batch.Items[i] = default!;
                }

                batch.Done.Set();
            }
        }
        catch (OperationCanceledException)
        {
            // The consumer stopped.
        }
    }

    private sealed class Batch<TIn, TOut>
    {
        public Batch(TIn[] items)
        {
            Items = items;
            Results = new TOut[items.Length];
        }

        public TIn[] Items { get; }

        public TOut[] Results { get; }

        public ManualResetEventSlim Done { get; } = new(false);
    }
}
