"""Adds a running header (the report's title) and a footer with the page number (— 3 —) to a .docx, as offices print
them, so that the PDF exported from it has both on every page."""
import re
import sys
import zipfile

source, target, title = sys.argv[1], sys.argv[2], sys.argv[3]
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
header = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr {W}><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t>{title}</w:t></w:r></w:p></w:hdr>'
footer = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr {W}><w:p><w:pPr><w:jc w:val="center"/></w:pPr>'
          '<w:r><w:t xml:space="preserve">— </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
          '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
          '<w:r><w:t xml:space="preserve"> —</w:t></w:r></w:p></w:ftr>')
with zipfile.ZipFile(source) as z:
    parts = {n: z.read(n) for n in z.namelist()}
rels = parts["word/_rels/document.xml.rels"].decode("utf-8")
rels = rels.replace("</Relationships>",
    '<Relationship Id="rIdHdr1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>'
    '<Relationship Id="rIdFtr1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>')
parts["word/_rels/document.xml.rels"] = rels.encode("utf-8")
types = parts["[Content_Types].xml"].decode("utf-8")
types = types.replace("</Types>",
    '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
    '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>')
parts["[Content_Types].xml"] = types.encode("utf-8")
doc = parts["word/document.xml"].decode("utf-8")
if 'xmlns:r=' not in doc[:2000]:
    doc = doc.replace("<w:document ", '<w:document xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ', 1)
doc = re.sub(r"<w:sectPr>", '<w:sectPr><w:headerReference w:type="default" r:id="rIdHdr1"/><w:footerReference w:type="default" r:id="rIdFtr1"/>', doc)
doc = doc.replace('w:header="0"', 'w:header="567"').replace('w:footer="0"', 'w:footer="567"')
doc = doc.replace('w:top="567"', 'w:top="1134"').replace('w:bottom="567"', 'w:bottom="1134"')
parts["word/document.xml"] = doc.encode("utf-8")
parts["word/header1.xml"] = header.encode("utf-8")
parts["word/footer1.xml"] = footer.encode("utf-8")
with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
    for name, data in parts.items():
        z.writestr(name, data)
