#!/usr/bin/env bash
# Regenerates Fixtures/textbrowser: web pages as text browsers dump them (what "save the page as text" or a crawler
# that shells out to a browser gives). Debian 12: w3m 0.5.3+git20230121 and ELinks 0.13.2 draw bordered tables with
# box-drawing characters, columns aligned by terminal width (a CJK character takes two); Links 2.28 draws them in
# ASCII without counting CJK width, so its columns do not line up. Needs: dotnet, w3m, elinks, links, lynx.
# CI does not run this: the generated files are committed.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
fixtures="$root/tests/GovInfoDisclosure.Schema.Import.Tests/Fixtures"
out="$fixtures/textbrowser"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
dump() { # page, name
  w3m -dump -T text/html "$1" > "$out/$2.w3m.txt"
  elinks -dump -dump-charset utf-8 -no-references -no-numbering "$1" > "$out/$2.elinks.txt"
  links -dump -codepage utf-8 "$1" > "$out/$2.links.txt"
}
dump "$fixtures/real/20-shanghai-bgt-2019.html" 20-shanghai-bgt-2019
# Lynx 2.9.0dev.12 prints each cell as a paragraph and drops the blank ones: the tables cannot be put back together.
lynx -dump -nolist -width=200 -display_charset=utf-8 "$fixtures/real/20-shanghai-bgt-2019.html" > "$out/20-shanghai-bgt-2019.lynx.txt"
dump "$fixtures/html/2019-legacy-municipal-office.html" 2019-legacy-municipal-office
for name in 2024-pingwu-county-government-office 2025-huarong-district-bureau 2020-county-petitions-bureau-legacy-layout; do
  dotnet run --project "$root/src/GovInfoDisclosure.Cli" -- render "$root/docs/samples/$name.json" --as html --out "$work/$name.html"
  dump "$work/$name.html" "$name"
done
# The ASCII form of a box drawing (+---+, |), as some tools print tables: w3m's drawing with its characters replaced.
python3 - "$out/2025-huarong-district-bureau.w3m.txt" "$out/2025-huarong-district-bureau.ascii-box.txt" <<'PY'
import sys
text = open(sys.argv[1], encoding="utf-8").read()
def ascii(c):
    if not "\u2500" <= c <= "\u257f":
        return c
    return "-" if c in "─━═" else "|" if c in "│┃║" else "+"
open(sys.argv[2], "w", encoding="utf-8").write("".join(ascii(c) for c in text))
PY
# The page as Chromium's innerText gives it (select all and copy): cells that hold paragraphs each on a line of their
# own, tab lines between the cells of a row. Needs node and chromium; puppeteer-core drives the system chromium.
pp="$work/puppeteer"
mkdir -p "$pp"
(cd "$pp" && npm init -y >/dev/null && npm i puppeteer-core@23 --no-audit --no-fund --silent)
cat > "$pp/inner.mjs" <<'JS'
import puppeteer from 'puppeteer-core';
import { writeFileSync } from 'fs';
const [, , input, output] = process.argv;
const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
await page.goto('file://' + input, { waitUntil: 'load' });
writeFileSync(output, await page.evaluate(() => document.body.innerText));
await browser.close();
JS
node "$pp/inner.mjs" "$fixtures/real/20-shanghai-bgt-2019.html" "$out/20-shanghai-bgt-2019.chrome-innertext.txt"
node "$pp/inner.mjs" "$fixtures/html/2019-legacy-municipal-office.html" "$out/2019-legacy-municipal-office.chrome-innertext.txt"
