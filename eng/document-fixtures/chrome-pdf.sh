#!/usr/bin/env bash
# Regenerates the Chrome PDFs of Fixtures/documents: a web page saved with the browser's "Save as PDF" (what a reader
# does with a report published as a page). Debian 12's chromium 156 with fonts-noto-cjk writes the CJK text in Type 3
# fonts whose ToUnicode maps some glyphs to Kangxi radicals (⼀ ⼈ ⾏ ⽆ for 一 人 行 无) and to the CJK radicals
# supplement (⺠ for 民), and gives the words of those fonts a box a fraction of a point high. Two pages: the real
# Shanghai 2019 page (its 表三 a little wider than the printable area, so the clip drops the table's right edge), and the
# Huarong sample rendered without borders (read as layout text, values centred beside two-line labels).
# Needs: dotnet, chromium, fonts-noto-cjk. CI does not run this: the generated files are committed.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
out="$root/tests/GovInfoDisclosure.Schema.Import.Tests/Fixtures/documents"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fixtures="$root/tests/GovInfoDisclosure.Schema.Import.Tests/Fixtures"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$fixtures/real/20-shanghai-bgt-2019.chrome.pdf" "$fixtures/real/20-shanghai-bgt-2019.html"
# A page laid out in a bordered table (the report's tables inside it, its prose in the frame's cells), with a caption
# row (第二十条第（八）项) at the head of page 2.
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$out/2019-legacy-municipal-office.chrome.pdf" "$fixtures/html/2019-legacy-municipal-office.html"
# The Pingwu sample rendered: its 表三 runs over a page break that cuts a row, printed without the rule at the break.
dotnet run --project "$root/src/GovInfoDisclosure.Cli" -- render "$root/docs/samples/2024-pingwu-county-government-office.json" --as html \
  --out "$work/2024-pingwu-county-government-office.html"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$out/2024-pingwu-county-government-office.chrome.pdf" "$work/2024-pingwu-county-government-office.html"
name=2025-huarong-district-bureau
dotnet run --project "$root/src/GovInfoDisclosure.Cli" -- render "$root/docs/samples/$name.json" --as html --out "$work/$name.html"
sed 's/border="1"//g; s/border:[^;"]*;\?//g' "$work/$name.html" > "$work/$name-borderless.html"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$out/$name-borderless.chrome.pdf" "$work/$name-borderless.html"
# The real Shanghai 2019 page's Chrome PDF as pdftotext -layout prints it (blank cells printed as nothing).
pdftotext -layout -enc UTF-8 "$root/tests/GovInfoDisclosure.Schema.Import.Tests/Fixtures/real/20-shanghai-bgt-2019.chrome.pdf" \
  "$root/tests/GovInfoDisclosure.Schema.Import.Tests/Fixtures/pdftotext/20-shanghai-bgt-2019.chrome.layout.txt"
