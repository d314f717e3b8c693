#!/usr/bin/env bash
# The Native AOT build of govinfo must behave exactly like the JIT build: this publishes both (the AOT one must build
# without a trim or AOT warning), runs the same commands with both on the samples, their published texts and a
# generated corpus, and compares standard output, standard error and the exit code byte for byte.
# Needs clang (or gcc) and zlib1g-dev for the native link (see docs/native.md). Usage: eng/native-check.sh [CORPUS_LINES]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
lines=${1:-3000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

rid=$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')
project="$root/src/GovInfoDisclosure.Cli"

echo "== publishing govinfo: JIT (framework-dependent) and Native AOT ($rid)"
dotnet publish "$project" -c Release -p:PublishAot=false -o "$work/jit" --nologo -v quiet
dotnet publish "$project" -c Release -r "$rid" -o "$work/aot" --nologo -v quiet -clp:NoSummary 2>&1 | tee "$work/aot.log"
# ILC reports trim (IL2xxx) and AOT (IL3xxx) problems as warnings; none is allowed, with one documented exception:
# Parquet.Net 6.1.0 is not AOT compatible as a whole (IL2104/IL3053 'Assembly 'Parquet' produced … warnings'); the native
# build refuses `export --to *.parquet` up front (ExportCommand) and the portable build writes Parquet (docs/native.md).
# A second one: System.CommandLine 3.0.0's netstandard2.0 asset (the one a net8.0 app binds) is not trim-annotated; its
# single warning (IL2070 in ArgumentConverter.CreateEmptyList, reached only for list-typed options other than arrays,
# which govinfo does not declare: its options are bool, string, long and string[]) shows as IL2104 'Assembly
# 'System.CommandLine' produced trim warnings'. The commands below run the parser in the native build (help, errors,
# --opt=value) and compare with the JIT build.
if grep -v -E "warning IL(2104|3053): Assembly 'Parquet' produced|warning IL2104: Assembly 'System.CommandLine' produced" "$work/aot.log" | grep -E -q 'warning (IL[0-9]{4}|NETSDK|CS)'; then
  echo "native-check: the AOT publish has warnings (above)" >&2
  exit 1
fi
test -x "$work/aot/govinfo"

jit() { dotnet "$work/jit/govinfo.dll" "$@"; }
aot() { "$work/aot/govinfo" "$@"; }

samples=("$root"/docs/samples/*.json)
texts=("$root"/tests/GovInfoDisclosure.Schema.Tests/Fixtures/text/*.txt)
legacy="$root/docs/samples/2020-county-petitions-bureau-legacy-layout.json"
documents="$root/tests/GovInfoDisclosure.Schema.Import.Tests/Fixtures/documents"
html="$root/tests/GovInfoDisclosure.Schema.Import.Tests/Fixtures/html/2019-legacy-municipal-office.html"

echo "== generating a corpus of $lines lines with both builds"
jit generate --count "$lines" --seed 15 > "$work/corpus.jsonl"
aot generate --count "$lines" --seed 15 > "$work/corpus-aot.jsonl"
cmp "$work/corpus.jsonl" "$work/corpus-aot.jsonl"
corpus="$work/corpus.jsonl"

cases=(
  "help"
  "--version"
  "nosuchverb"
  ""
  "valdate x.json"
  "help validate"
  "validate --help"
  "import -h --lang zh"
  "validate --jsn ${samples[0]}"
  "validate --jobs=0 ${samples[0]}"
  "validate --lang=en --jobs=1 ${samples[*]}"
  "validate --lang zh ${samples[*]}"
  "validate --quiet ${samples[*]}"
  "serve --host"
  "validate ${samples[*]}"
  "validate --json ${samples[*]}"
  "validate --json --narrative ${texts[*]}"
  "validate --json --rules $root/docs/examples/local-rules-hb.json ${samples[*]}"
  "validate --json --jobs 1 $corpus"
  "validate --json --jobs 2 $corpus"
  "validate --jsonl --errors-only --jobs 2 $corpus"
  "validate $corpus"
  "validate --json $work/missing.json"
  "import ${texts[0]}"
  "import ${texts[1]} --as text"
  "import $legacy"
  "import $documents/2025-huarong-district-bureau.pdf"
  "import $documents/2020-county-petitions-bureau-legacy-layout.pdf"
  "import $documents/2025-huarong-scanned.pdf"
  "import $documents/2024-pingwu-county-government-office.docx"
  "import $documents/2024-pingwu-county-government-office.gbk.html"
  "import $html"
  "validate --json $documents/2025-huarong-district-bureau.pdf $documents/2024-pingwu-county-government-office.docx $html"
  "validate --json $documents --include *.pdf --exclude *scanned*"
  "validate --lang en $documents --include [pdf"
  "render ${samples[2]} --as html"
  "render ${samples[2]} --as markdown"
  "render ${samples[2]} --as kirogovcompare"
  "migrate $legacy --json"
  "schema --format 2021"
  "schema --format 2019"
  "rules --json"
  "rules"
  "compare ${samples[1]} ${samples[2]} --json"
  "consolidate ${samples[1]} ${samples[2]}"
)

failed=0
n=0
# The cases are split into words but never globbed: '--include *.pdf' reaches govinfo as written.
set -f
for args in "${cases[@]}"; do
  n=$((n + 1))
  # shellcheck disable=SC2086 # the cases are word lists on purpose
  set +e
  jit $args > "$work/jit.out" 2> "$work/jit.err"; jit_rc=$?
  aot $args > "$work/aot.out" 2> "$work/aot.err"; aot_rc=$?
  set -e
  if [[ $jit_rc != "$aot_rc" ]] || ! cmp -s "$work/jit.out" "$work/aot.out" || ! cmp -s "$work/jit.err" "$work/aot.err"; then
    echo "DIFFERENT: govinfo $args (exit $jit_rc JIT, $aot_rc AOT)" >&2
    diff <(head -c 4000 "$work/jit.out") <(head -c 4000 "$work/aot.out") | head -20 >&2 || true
    diff "$work/jit.err" "$work/aot.err" | head -20 >&2 || true
    failed=$((failed + 1))
  else
    printf 'same: exit %s, %8s bytes out, %6s bytes err: govinfo %.90s\n' "$jit_rc" "$(wc -c < "$work/jit.out")" "$(wc -c < "$work/jit.err")" "$args"
  fi
done
set +f

# Standard input, too.
set +e
jit validate --json - < "${samples[0]}" > "$work/jit.out" 2> "$work/jit.err"; jit_rc=$?
aot validate --json - < "${samples[0]}" > "$work/aot.out" 2> "$work/aot.err"; aot_rc=$?
set -e
if [[ $jit_rc != "$aot_rc" ]] || ! cmp -s "$work/jit.out" "$work/aot.out" || ! cmp -s "$work/jit.err" "$work/aot.err"; then
  echo "DIFFERENT: govinfo validate --json - (standard input)" >&2
  failed=$((failed + 1))
fi

if [[ $failed -ne 0 ]]; then
  echo "native-check: $failed of $((n + 1)) commands differ between the JIT and the AOT build" >&2
  exit 1
fi
echo "native-check: the AOT build gives byte-identical output on $((n + 1)) commands ($lines corpus lines)"
