using System.Collections.Generic;
using System.Globalization;
using GovInfoDisclosure.Cli.Corpus;

namespace GovInfoDisclosure.Cli.Commands;

/// <summary>
/// <c>govinfo generate [--count N] [--seed S] [--broken PERCENT]</c>: writes a synthetic corpus as JSON Lines, for load
/// tests of <c>govinfo validate</c> and of other consumers.
/// </summary>
internal sealed class GenerateCommand : ICliCommand
{
    /// <summary>The most lines one run writes.</summary>
    public const long MaxCount = 100_000_000;

    public string Name => "generate";

    public string Summary => "Write a synthetic corpus of reports as JSON Lines (deterministic from a seed), e.g. for load tests.";

    public string Usage => """
        Usage: govinfo generate [--count N] [--seed S] [--broken PERCENT]

        Writes N report documents (default 1000) to standard output as JSON Lines: one compact canonical document per
        line. The same seed (default 1) gives the same lines on every machine, and a shorter corpus is a prefix of a
        longer one. PERCENT of the lines (default 30) are not valid reports, split about 5 : 3 : 2 between a broken
        consistency rule (exit 1 of validate), a broken JSON contract (exit 1) and a document that is not a report
        (truncated, not JSON, no or an unknown format, too deep: exit 2). Valid reports mix both formats, blank and
        marked cells, optional subtotal rows and the optional 法人或其他组织小计 column. The reports are synthetic:
        their agencies and figures are made up.

        Example: govinfo generate --count 100000 --seed 1 > corpus.jsonl && govinfo validate --json corpus.jsonl > out.jsonl
        """;

    public int Run(IReadOnlyList<string> arguments, CliConsole console)
    {
        long count = 1000;
        ulong seed = 1;
        int broken = 30;
        for (int i = 0; i < arguments.Count; i++)
        {
            string? value = i + 1 < arguments.Count ? arguments[i + 1] : null;
            bool ok = arguments[i] switch
            {
                "--count" => long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out count) && count <= MaxCount,
                "--seed" => ulong.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out seed),
                "--broken" => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out broken) && broken <= 100,
                _ => false,
            };
            if (!ok)
            {
                string message = arguments[i] is not ("--count" or "--seed" or "--broken") ? $"unexpected argument '{arguments[i]}'."
                    : value is null ? $"{arguments[i]} needs a value."
                    : $"bad value '{value}' for {arguments[i]}.";
                console.Error.WriteLine("govinfo generate: " + message);
                console.Error.WriteLine(Usage);
                return ExitCodes.Unreadable;
            }

            i++;
        }

        var generator = new CorpusGenerator(seed, broken);
        for (long index = 0; index < count; index++)
        {
            console.Out.WriteLine(generator.Line(index).Line);
        }

        return ExitCodes.Valid;
    }
}
