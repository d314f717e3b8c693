#!/usr/bin/env bash
# The benchmarks as a dry smoke run (for CI): every benchmark runs once, in process, so that a benchmark that no longer
# builds or throws fails the run. Nothing is timed or judged here; measured numbers come from a full run on a quiet machine
# (docs/benchmarks.md).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
artifacts=$(mktemp -d)
trap 'rm -rf "$artifacts"' EXIT
dotnet run -c Release --project benchmarks/GovInfoDisclosure.Schema.Benchmarks -- \
  --job dry --inProcess --filter '*' --artifacts "$artifacts" --exporters json
echo "benchmarks smoke run: every benchmark ran once"
