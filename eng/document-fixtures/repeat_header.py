"""Marks the header rows of 表三 (the second table) in a .docx as repeated on every page (w:tblHeader)."""
import re
import sys
import zipfile

if len(sys.argv) != 3:
    sys.exit(0)
source, target = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(source) as z:
    parts = {n: z.read(n) for n in z.namelist()}
xml = parts["word/document.xml"].decode("utf-8")
tables = [m.start() for m in re.finditer(r"<w:tbl>", xml)]
start = tables[1]
rows = [m for m in re.finditer(r"<w:tr(?: [^>]*)?>", xml[start:])][:3]
for m in reversed(rows):
    at = start + m.end()
    if xml.startswith("<w:trPr>", at):
        xml = xml[: at + len("<w:trPr>")] + "<w:tblHeader/>" + xml[at + len("<w:trPr>"):]
    else:
        xml = xml[:at] + "<w:trPr><w:tblHeader/></w:trPr>" + xml[at:]
parts["word/document.xml"] = xml.encode("utf-8")
with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
    for name, data in parts.items():
        z.writestr(name, data)
