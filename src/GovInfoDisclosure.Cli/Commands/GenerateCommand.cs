using System.CommandLine;
using GovInfoDisclosure.Cli.Parsing;
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

    public Command Create(CliContext context)
    {
        var verb = new Verb(context, Name, "写出一个合成的报告语料（JSON Lines，由种子确定），例如用于负载测试。",
            "Write a synthetic corpus of reports as JSON Lines (deterministic from a seed), e.g. for load tests.");
        Option<long> count = verb.Number("--count", "N", 0, MaxCount, 1000, "行数（默认 1000）。", "The number of lines (default 1000).");
        Option<long> seed = verb.Number("--seed", "S", 0, long.MaxValue, 1, "种子（默认 1）：同一种子在任何机器上得到同样的行。", "The seed (default 1): the same seed gives the same lines on every machine.");
        Option<long> broken = verb.Number("--broken", "PERCENT", 0, 100, 30, "不是有效报告的行的百分比（默认 30）。", "The percentage of lines that are not valid reports (default 30).");
        verb.Notes(
            """
            把 N 份报告文档写到标准输出，每行一份紧凑的规范文档。较短的语料是较长语料的前缀。无效的行大致按 5 : 3 : 2 分为：违反勾稽关系
            （validate 退出码 1）、违反 JSON 约定（退出码 1）和不是报告的文档（截断、不是 JSON、没有或未知的 format、嵌套过深：退出码 2）。
            报告是合成的：机关和数字都是编造的。
            示例：govinfo generate --count 100000 --seed 1 > corpus.jsonl && govinfo validate --json corpus.jsonl > out.jsonl
            """,
            """
            Writes N report documents to standard output as JSON Lines: one compact canonical document per line. A shorter
            corpus is a prefix of a longer one. The lines that are not valid reports are split about 5 : 3 : 2 between a
            broken consistency rule (exit 1 of validate), a broken JSON contract (exit 1) and a document that is not a report
            (truncated, not JSON, no or an unknown format, too deep: exit 2). Valid reports mix both formats, blank and marked
            cells, optional subtotal rows and the optional 法人或其他组织小计 column. The reports are synthetic: their agencies
            and figures are made up.
            Example: govinfo generate --count 100000 --seed 1 > corpus.jsonl && govinfo validate --json corpus.jsonl > out.jsonl
            """);
        verb.Action((result, console) => Run(result.GetValue(count), (ulong)result.GetValue(seed), (int)result.GetValue(broken), console));
        return verb.Command;
    }

    private static int Run(long count, ulong seed, int broken, CliConsole console)
    {
        var generator = new CorpusGenerator(seed, broken);
        for (long index = 0; index < count; index++)
        {
            console.Out.WriteLine(generator.Line(index).Line);
        }

        return ExitCodes.Valid;
    }
}
