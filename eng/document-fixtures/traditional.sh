#!/usr/bin/env bash
# Regenerates Fixtures/traditional: a sample reposted in traditional script, as Taiwan and Hong Kong mirrors repost
# reports (OpenCC's cn→tw conversion, phrases included). Needs node and npm (opencc-js from the npm registry).
# CI does not run this: the generated file is committed.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm install --silent opencc-js@1 >/dev/null)
cat > "$work/convert.mjs" <<'JS'
import * as OpenCC from 'opencc-js';
import fs from 'fs';
const [, , input, output] = process.argv;
fs.writeFileSync(output, OpenCC.Converter({ from: 'cn', to: 'tw' })(fs.readFileSync(input, 'utf8')));
JS
fixtures="$root/tests/GovInfoDisclosure.Schema.Import.Tests/Fixtures"
mkdir -p "$fixtures/traditional"
(cd "$work" && node convert.mjs "$fixtures/text/2024-pingwu-county-government-office.txt" "$fixtures/traditional/2024-pingwu-county-government-office.tw.txt")
