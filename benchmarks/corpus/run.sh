#!/usr/bin/env bash
# The corpus benchmark of issue 15: builds a corpus of real-size reports (the Pingwu sample compacted, the agency varied,
# 1 in 10 with a broken total), then times, interleaved and three times each, on the same file:
#   govinfo validate --json --jobs 2 (and --jobs 1), the Native AOT published build;
#   CPython json.loads of each line, nothing else;
#   Node ajv against the published schema of each line's format (npm ci from benchmarks/corpus/package-lock.json);
#   the floor: one bare Utf8JsonReader pass over each line (benchmarks/corpus/ReaderFloor, also Native AOT).
# Prints the median wall time and peak memory of each and the ratios of the issue's targets. Start-up is included: each
# run is a fresh process. Usage: benchmarks/corpus/run.sh [COUNT...]   (default: 10000 100000; 1000000 is allowed)
# Set GOVINFO to time an already published govinfo instead of publishing one.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
counts=("$@")
[[ ${#counts[@]} -gt 0 ]] || counts=(10000 100000)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
rid=$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')

if [[ -z "${GOVINFO:-}" ]]; then
  echo "== publishing govinfo and the reader floor (Native AOT, $rid)" >&2
  dotnet publish "$root/src/GovInfoDisclosure.Cli" -c Release -r "$rid" -o "$work/govinfo" --nologo -v quiet >&2
  GOVINFO="$work/govinfo/govinfo"
fi
dotnet publish "$here/ReaderFloor" -c Release -r "$rid" -o "$work/floor" --nologo -v quiet >&2
(cd "$here" && npm ci --no-audit --no-fund --silent) >&2

echo "machine: $(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'), govinfo $("$GOVINFO" --version), $(python3 --version), node $(node --version)"

# One timed run: prints "seconds peak-kilobytes"; the contender's own exit code is ignored (invalid reports exit 1).
timed() {
  /usr/bin/time -f '%e %M' -o "$work/time" "$@" > /dev/null 2> "$work/stderr" || true
  tail -n 1 "$work/time"
}

median() { printf '%s\n' "$@" | sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

names=(govinfo-j2 govinfo-j1 json.loads ajv floor)
run_one() {
  local corpus=$1
  case $2 in
    govinfo-j2) timed "$GOVINFO" validate --json --jobs 2 "$corpus" ;;
    govinfo-j1) timed "$GOVINFO" validate --json --jobs 1 "$corpus" ;;
    json.loads) timed python3 "$here/json_loads.py" "$corpus" ;;
    ajv) timed node "$here/ajv-validate.mjs" "$corpus" "$root/schemas" ;;
    floor) timed "$work/floor/ReaderFloor" "$corpus" ;;
  esac
}

for count in "${counts[@]}"; do
  corpus="$work/corpus-$count.jsonl"
  python3 "$here/make_corpus.py" "$root/docs/samples/2024-pingwu-county-government-office.json" "$count" "$corpus"
  echo
  echo "== $count reports, $(( $(stat -c %s "$corpus") / count )) bytes each, 3 interleaved repetitions"
  declare -A secs=() mem=()
  # A warm-up pass of each (file cache, first-run costs), not counted.
  for name in "${names[@]}"; do run_one "$corpus" "$name" > /dev/null; done
  for rep in 1 2 3; do
    for name in "${names[@]}"; do
      read -r s m < <(run_one "$corpus" "$name")
      secs[$name]+="$s "
      mem[$name]+="$m "
    done
  done
  printf '| %-26s | %9s | %9s | %s\n' contender "median s" "peak MB" "runs (s)"
  declare -A med=()
  for name in "${names[@]}"; do
    # shellcheck disable=SC2086
    med[$name]=$(median ${secs[$name]})
    # shellcheck disable=SC2086
    peak=$(printf '%s\n' ${mem[$name]} | sort -g | tail -n 1)
    printf '| %-26s | %9s | %9.1f | %s\n' "$name" "${med[$name]}" "$(echo "$peak / 1024" | bc -l)" "${secs[$name]}"
  done
  ratio() { echo "scale=2; $1 / $2" | bc -l; }
  echo "ratios: json.loads / govinfo-j2 = $(ratio "${med[json.loads]}" "${med[govinfo-j2]}")×," \
       "ajv / govinfo-j2 = $(ratio "${med[ajv]}" "${med[govinfo-j2]}")×," \
       "govinfo-j2 / floor = $(ratio "${med[govinfo-j2]}" "${med[floor]}")×," \
       "govinfo-j1 / govinfo-j2 = $(ratio "${med[govinfo-j1]}" "${med[govinfo-j2]}")× (the --jobs scaling)"
  unset secs mem med
  rm -f "$corpus"
done
