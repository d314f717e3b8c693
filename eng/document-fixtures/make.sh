#!/usr/bin/env bash
# Regenerates the PDF and Word fixtures of tests/GovInfoDisclosure.Schema.Import.Tests/Fixtures/documents the way
# offices make them: an HTML page opened in a word processor, saved as .docx, and exported to PDF.
# Needs: dotnet, python3, LibreOffice (Debian: libreoffice-writer-nogui fonts-noto-cjk), poppler-utils, img2pdf, pandoc.
# CI does not run this: the generated files are committed.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
out="$root/tests/GovInfoDisclosure.Schema.Import.Tests/Fixtures/documents"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
names=(2024-pingwu-county-government-office 2025-huarong-district-bureau 2020-county-petitions-bureau-legacy-layout)
for name in "${names[@]}"; do
  dotnet run --project "$root/src/GovInfoDisclosure.Cli" -- render "$root/docs/samples/$name.json" --as html --out "$work/$name.rendered.html"
done
python3 "$root/eng/document-fixtures/make_sources.py" "$work" "$root/docs/samples" "$root/tests/GovInfoDisclosure.Schema.Import.Tests/Fixtures/text"
cd "$work"
soffice --headless --infilter="HTML (StarWriter)" --convert-to docx:"MS Word 2007 XML" \
  "${names[@]/%/.html}" 2024-pingwu-narrow.html 2025-huarong-borderless.html >/dev/null
# 表三's header rows marked "repeat as header row" (w:tblHeader), as offices set them for long tables.
python3 "$root/eng/document-fixtures/repeat_header.py" 2024-pingwu-county-government-office.docx 2024-pingwu-header-repeated.docx
# A running header (the title) and the page number in the footer (— 3 —) on every page.
python3 "$root/eng/document-fixtures/add_header_footer.py" 2025-huarong-district-bureau.docx 2025-huarong-header-footer.docx \
  "华容区某局2025年政府信息公开工作年度报告"
soffice --headless --convert-to pdf ./*.docx >/dev/null
# A Word 97 .doc, to test that it is refused with a hint.
soffice --headless --convert-to doc:"MS Word 97" 2025-huarong-district-bureau.docx >/dev/null
# The same document saved as RTF, and its first page as a photographed or scanned image: both refused with a hint.
soffice --headless --convert-to rtf 2025-huarong-district-bureau.docx >/dev/null
pdftoppm -r 40 -gray -jpeg -f 1 -l 1 2025-huarong-district-bureau.pdf page && mv page-1.jpg 2025-huarong-page-1.scan.jpg
# A scan: the pages as images only, no text layer.
pdftoppm -r 50 -gray -jpeg -f 1 -l 2 2025-huarong-district-bureau.pdf scan
img2pdf scan-*.jpg -o 2025-huarong-scanned.pdf
cp ./*.docx ./*.pdf 2025-huarong-district-bureau.doc 2025-huarong-district-bureau.rtf 2025-huarong-page-1.scan.jpg 2024-pingwu-county-government-office.gbk.html \
   2025-huarong-district-bureau.utf16.txt 2024-pingwu-narrow.txt "$out/"
python3 "$root/eng/document-fixtures/make_unmapped_pdf.py" "$out/identity-font-without-tounicode.pdf"
# The same PDFs as poppler's pdftotext prints them (Debian poppler-utils 22.12): -layout, -raw (a row's values after
# its label, single-spaced) and the default reading-block order.
mkdir -p "$out/../pdftotext"
for name in "${names[@]}" 2025-huarong-header-footer 2025-huarong-borderless; do
  pdftotext -layout -enc UTF-8 "$out/$name.pdf" "$out/../pdftotext/$name.layout.txt"
done
# The Word files as pandoc (Debian 2.17) converts them to Markdown and text.
mkdir -p "$out/../pandoc"
for name in "${names[@]}"; do
  pandoc -f docx -t gfm "$out/$name.docx" -o "$out/../pandoc/$name.gfm.md"
  pandoc -f docx -t markdown "$out/$name.docx" -o "$out/../pandoc/$name.markdown.md"
  pandoc -f docx -t plain "$out/$name.docx" -o "$out/../pandoc/$name.plain.txt"
done
# A web page laid out in a table (its report tables inside the layout table's cell) opened in a word processor and
# saved as .docx, by LibreOffice and by pandoc (-f html -t docx): the report tables are nested in the layout table.
page="$(dirname "$out")/html/2019-legacy-municipal-office.html"
soffice --headless --convert-to docx:"MS Word 2007 XML" --outdir "$work" "$page" >/dev/null
cp "$work/2019-legacy-municipal-office.docx" "$out/2019-legacy-municipal-office.libreoffice.docx"
pandoc -f html -t docx "$page" -o "$out/2019-legacy-municipal-office.pandoc.docx"
# Web pages as pandoc converts them to GitHub Markdown: merged cells make it keep each table as HTML inside the Markdown.
fixtures="$(dirname "$out")"
pandoc -f html -t gfm "$fixtures/real/20-shanghai-bgt-2019.html" -o "$out/../pandoc/20-shanghai-bgt-2019.gfm.md"
# ... and to pandoc's own Markdown: a table with merged cells as a simple table of dash runs (spans dropped).
pandoc -f html -t markdown "$fixtures/real/20-shanghai-bgt-2019.html" -o "$out/../pandoc/20-shanghai-bgt-2019.markdown.md"
pandoc -f html -t gfm "$fixtures/html/2019-legacy-municipal-office.html" -o "$out/../pandoc/2019-legacy-municipal-office.gfm.md"
for name in "${names[@]}"; do
  pdftotext -raw -enc UTF-8 "$out/$name.pdf" "$out/../pdftotext/$name.raw.txt"
  pdftotext -enc UTF-8 "$out/$name.pdf" "$out/../pdftotext/$name.txt"
done
# Blank cells: the samples with every 0 of 表三's applicant columns left blank (the totals printed), rendered, saved as
# .docx and exported to PDF; the PDF as pdftotext -layout prints it (a blank cell printed as nothing).
for name in 2024-pingwu-county-government-office 2025-huarong-district-bureau; do
  short="$(echo "$name" | cut -d- -f1-2)"
  python3 "$root/eng/document-fixtures/blank_zeros.py" "$root/docs/samples/$name.json" "$work/$short-blank-cells.json"
  dotnet run --project "$root/src/GovInfoDisclosure.Cli" -- render "$work/$short-blank-cells.json" --as html --out "$work/$short-blank-cells.html"
  (cd "$work" && soffice --headless --infilter="HTML (StarWriter)" --convert-to docx:"MS Word 2007 XML" "$short-blank-cells.html" >/dev/null \
    && soffice --headless --convert-to pdf "$short-blank-cells.docx" >/dev/null)
  cp "$work/$short-blank-cells.json" "$work/$short-blank-cells.pdf" "$out/"
  pdftotext -layout -enc UTF-8 "$work/$short-blank-cells.pdf" "$out/../pdftotext/$short-blank-cells.layout.txt"
done
# The Pingwu one without its table borders: a PDF whose tables have no rules, read as layout text.
sed 's/border="1"//g; s/border:[^;"]*;\?//g' "$work/2024-pingwu-blank-cells.html" > "$work/2024-pingwu-blank-cells-borderless.html"
(cd "$work" && soffice --headless --infilter="HTML (StarWriter)" --convert-to docx:"MS Word 2007 XML" 2024-pingwu-blank-cells-borderless.html >/dev/null \
  && soffice --headless --convert-to pdf 2024-pingwu-blank-cells-borderless.docx >/dev/null)
cp "$work/2024-pingwu-blank-cells-borderless.pdf" "$out/"
# The blanked Pingwu .docx saved as plain text by LibreOffice: a cell per line, a blank cell as an empty line.
mkdir -p "$out/../wordtext"
(cd "$work" && soffice --headless --convert-to "txt:Text (encoded):UTF8" 2024-pingwu-blank-cells.docx >/dev/null)
cp "$work/2024-pingwu-blank-cells.txt" "$out/../wordtext/2024-pingwu-blank-cells.libreoffice.txt"
rm -f "$out"/scan-*.pdf "$out"/2025-huarong-borderless.docx
ls -la "$out"
