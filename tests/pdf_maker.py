"""Small real PDFs for tests: one page, Chinese text drawn with a CID font whose ToUnicode map gives the text layer."""
from __future__ import annotations

import io


def pdf_with_text(lines: list[str]) -> bytes:
    """A valid PDF 1.4 file whose text layer is `lines`, one a line (the font is not embedded; only the text matters)."""
    chars = sorted({char for line in lines for char in line})
    cid = {char: index + 1 for index, char in enumerate(chars)}
    mapping = "\n".join(f"<{cid[char]:04X}> <{ord(char):04X}>" for char in chars)
    to_unicode = (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
        "1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
        f"{len(chars)} beginbfchar\n{mapping}\nendbfchar\n"
        "endcmap CMapName currentdict /CMap defineresource pop end end"
    )
    shown = " ".join("<" + "".join(f"{cid[char]:04X}" for char in line) + "> Tj T*" for line in lines)
    content = f"BT /F1 12 Tf 14 TL 72 760 Td {shown} ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [6 0 R] /ToUnicode 7 0 R >>",
        f"<< /Length {len(content.encode())} >>\nstream\n{content}\nendstream",
        "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 1000 >>",
        f"<< /Length {len(to_unicode.encode())} >>\nstream\n{to_unicode}\nendstream",
    ]
    return pdf_from_objects(objects)


def pdf_from_objects(objects: list[str]) -> bytes:
    """A PDF 1.4 file of these numbered objects (the first the catalog), with its cross-reference table."""
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n{body}\nendobj\n".encode())
    start = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    out.write("".join(f"{offset:010d} 00000 n \n" for offset in offsets).encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{start}\n%%EOF\n".encode())
    return out.getvalue()
