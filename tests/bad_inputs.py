"""The bad-input corpus: hostile raw files and hand-edited pages, generated in code (no binary files are kept).

Each BadInput writes its input into a folder and returns the path that is then given to
the command line:

  stage "import"  make(folder) writes raw file(s) into folder (an empty folder of raw files)
                  and returns the path given to `build.py import`
  stage "page"    make(folder) alters the copy of a valid page in folder (a content folder
                  holding that page and, in folder/sources, its original) or adds a page,
                  and returns the path of the page written

The expectations that hold for every case (no traceback, an explained refusal, no page the
build refuses, nothing published that runs or leaks) are in tests/test_bad_inputs.py; the
fields below carry the few that the issue demands of one case.
"""
from __future__ import annotations

import io
import os
import re
import shutil
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import yaml

from tests.pdf_maker import pdf_from_objects

ROOT = Path(__file__).resolve().parent.parent
PREFERRED_PAGE = "004_a8838e6b2a279195.md"
SECRET_MARKER = "机密材料甲乙丙丁QZX7"  # text of the "secret" file that the link cases point at

# Payloads, each the kind of text a browser or a template engine would run if it were not escaped.
SCRIPT = "<script>alert(1)</script>"
BREAKOUT = '"><script>alert(1)</script>'
IMG_ONERROR = "<img src=x onerror=alert(1)>"
JINJA = "{{7*7}}{% raw %}{{ config }}{% endraw %}{# x #}"
TEXTAREA = "</textarea><script>alert(1)</script>"


@dataclass(frozen=True)
class BadInput:
    name: str
    stage: str  # "import" or "page"
    make: Callable[[Path], Path]
    why: str
    # import stage: a file imported by an earlier `build.py import` into the same content folder
    first: Callable[[Path], Path] | None = None
    # what the issue demands of this case in particular (None: any explained outcome)
    expect_exit: int | None = None
    expect_pages: int | None = None  # pages in the content folder after the import(s)
    expect_output: str | None = None  # a regular expression (case-insensitive) the output must match
    expect_named: tuple[str, ...] = ()  # file names the output must mention
    expect_text: str | None = None  # a page written from the input must hold this text (decoded right)
    expect_warning: bool = False  # a page is written, and the import warns (page warnings or output)
    secret: str | None = None  # a file (relative to the folder) the input reaches for; never published
    xss: bool = False  # scan every built HTML file for markup that a browser would run
    forbid_link: str | None = None  # a regular expression no href/src in the built site may match


# --- documents ----------------------------------------------------------------------------------

TITLE = "在全县创先争优活动动员大会上的讲话"


def doc_lines(tag: str, title: str = TITLE) -> list[str]:
    """A small, valid Chinese speech; tag makes each case's document different from every other."""
    return [
        title,
        "（2010年8月11日）",
        "同志们：",
        f"今天我们召开全县创先争优活动动员大会（材料{tag}），主要任务是动员全县各级党组织和广大党员深入开展创先争优活动。",
        "一、提高认识，切实增强开展活动的自觉性",
        "开展创先争优活动是巩固学习实践活动成果的现实需要，各级党组织要高度重视，认真组织实施。",
        "二、突出重点，扎实推进各项工作",
        "要把创先争优活动与当前各项中心工作紧密结合起来，做到两手抓、两不误，确保活动取得实效。",
        "同志们，让我们在县委的坚强领导下，团结一致，扎实工作，为全县经济社会发展作出新的更大贡献。",
    ]


TRADITIONAL_LINES = [
    "在全縣創先爭優活動動員大會上的講話",
    "（2010年8月11日）",
    "同志們：",
    "今天我們召開全縣創先爭優活動動員大會，主要任務是動員全縣各級黨組織和廣大黨員深入開展創先爭優活動。",
    "一、提高認識，切實增強開展活動的自覺性",
    "開展創先爭優活動是鞏固學習實踐活動成果的現實需要，各級黨組織要高度重視，認真組織實施。",
    "二、突出重點，紮實推進各項工作",
    "要把創先爭優活動與當前各項中心工作緊密結合起來，做到兩手抓、兩不誤，確保活動取得實效。",
    "同志們，讓我們團結一致，紮實工作，為全縣經濟社會發展作出新的更大貢獻。",
]  # the speech as a Traditional Chinese page writes it (every character in Big5)


def doc(tag: str, title: str = TITLE, newline: str = "\n") -> str:
    return newline.join(doc_lines(tag, title)) + newline


def _write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def raw(name: str, data: Callable[[], bytes | str]) -> Callable[[Path], Path]:
    return lambda folder: _write(folder, name, data())


def _secret(folder: Path) -> Path:
    return _write(folder, "secret.txt", doc("SECRET", title=f"{SECRET_MARKER}内部通知"))


# --- encodings ----------------------------------------------------------------------------------

def invalid_utf8() -> bytes:
    text = doc("invalid-bytes").encode("utf-8")
    cut = text.index("一、".encode("utf-8"))
    return text[:cut] + b"\xff\xfe\x80" + text[cut:cut + 20] + b"\xc3(" + text[cut + 20:]


def mixed_utf8_gb18030() -> bytes:
    lines = doc_lines("mixed")
    return ("\n".join(lines[:4]) + "\n").encode("utf-8") + ("\n".join(lines[4:]) + "\n").encode("gb18030")


def bom_then_garbage() -> bytes:
    return b"\xef\xbb\xbf" + bytes((index * 37 + 11) % 256 for index in range(4096))


def png_bytes() -> bytes:
    import struct
    import zlib

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    pixels = zlib.compress(b"\x00" * (64 * 64 * 3 + 64), 1)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 64, 64, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", pixels) + b"\x00" * 8192 + chunk(b"IEND", b""))


def elf_bytes() -> bytes:
    header = b"\x7fELF\x02\x01\x01" + b"\x00" * 9 + b"\x02\x00\x3e\x00\x01\x00\x00\x00" + b"\x40\x10\x40\x00\x00\x00\x00\x00"
    code = bytes([0x55, 0x48, 0x89, 0xE5, 0xB8, 0x3C, 0x00, 0x00, 0x00, 0x0F, 0x05, 0xC3, 0xE8, 0xFF, 0xFF, 0xFF]) * 256
    return header + b"\x00" * 4000 + code + b"\x00" * 4096


# --- .docx and .pdf made by hand -----------------------------------------------------------------

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)
PACKAGE_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/></Relationships>'
)
DOCUMENT_OPEN = '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
DOCUMENT_CLOSE = "</w:body></w:document>"
XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'


def paragraph(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def write_docx(path: Path, chunks, prolog: str = XML_DECLARATION, document: bool = True) -> Path:
    """A minimal .docx whose word/document.xml is streamed from chunks (so a huge one stays small on disk)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", CONTENT_TYPES)
        package.writestr("_rels/.rels", PACKAGE_RELS)
        if document:
            with package.open("word/document.xml", "w", force_zip64=True) as member:
                member.write((prolog + DOCUMENT_OPEN).encode("utf-8"))
                for chunk in chunks:
                    member.write(chunk.encode("utf-8"))
                member.write(DOCUMENT_CLOSE.encode("utf-8"))
    return path


def docx_of(tag: str) -> Callable[[Path], Path]:
    return lambda folder: write_docx(folder / f"{tag}.docx", [paragraph(line) for line in doc_lines(tag)])


def docx_bytes(tag: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", CONTENT_TYPES)
        package.writestr("_rels/.rels", PACKAGE_RELS)
        package.writestr("word/document.xml", XML_DECLARATION + DOCUMENT_OPEN + "".join(paragraph(line) for line in doc_lines(tag)) + DOCUMENT_CLOSE)
    return buffer.getvalue()


def docx_without_document(folder: Path) -> Path:
    return write_docx(folder / "no-document.docx", [], document=False)


def docx_not_xml(folder: Path) -> Path:
    path = folder / "not-xml.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", CONTENT_TYPES)
        package.writestr("_rels/.rels", PACKAGE_RELS)
        package.writestr("word/document.xml", doc("not-xml") + "<w:p><unclosed & >")
    return path


BOMB_BYTES = 150 * 1024 * 1024
BOMB_PARAGRAPH = paragraph("文字")


def docx_bomb(folder: Path) -> Path:
    """word/document.xml expands to ~150 MB; on disk the file is a few hundred kB."""
    unit = BOMB_PARAGRAPH * (1024 * 1024 // len(BOMB_PARAGRAPH.encode("utf-8")))
    repeats = BOMB_BYTES // len(unit.encode("utf-8"))
    chunks = [paragraph(line) for line in doc_lines("bomb")] + [unit] * repeats
    return write_docx(folder / "bomb.docx", chunks)


def docx_many_paragraphs(folder: Path) -> Path:
    head = [paragraph(line) for line in doc_lines("paragraphs")]
    return write_docx(folder / "paragraphs.docx", head + [paragraph(f"第{index}段：各级党组织要认真落实。") for index in range(200_000)])


def docx_external_entity(folder: Path) -> Path:
    secret = _secret(folder)
    prolog = XML_DECLARATION + f'<!DOCTYPE w:document [<!ENTITY leak SYSTEM "file://{secret.resolve()}">]>'
    lines = doc_lines("xxe")
    return write_docx(folder / "xxe.docx", [paragraph(lines[0]), paragraph("&leak;")] + [paragraph(line) for line in lines[1:]], prolog=prolog)


def docx_entity_expansion(folder: Path) -> Path:
    entities = '<!ENTITY a0 "文字文字文字文字文字文字文字文字文字文字">' + "".join(
        f'<!ENTITY a{level} "{f"&a{level - 1};" * 10}">' for level in range(1, 10))
    prolog = XML_DECLARATION + f"<!DOCTYPE w:document [{entities}]>"
    lines = doc_lines("laughs")
    return write_docx(folder / "laughs.docx", [paragraph(lines[0]), paragraph("&a9;")] + [paragraph(line) for line in lines[1:]], prolog=prolog)


def pdf_empty_page() -> bytes:
    return pdf_from_objects([
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << >> /Contents 4 0 R >>",
        "<< /Length 0 >>\nstream\n\nendstream",
    ])


def pdf_truncated() -> bytes:
    from tests.pdf_maker import pdf_with_text

    data = pdf_with_text(doc_lines("truncated-pdf"))
    return data[: len(data) // 2]


# --- HTML and Markdown --------------------------------------------------------------------------

def html_page(tag: str, head: str = "", inside: str = "", title: str = TITLE) -> str:
    paragraphs = "".join(f"<p>{line}</p>" for line in doc_lines(tag, title)[1:])
    return (f"<!doctype html><html><head><meta charset=\"utf-8\"><title>{title}_通知公告_某某县人民政府网</title>{head}</head>"
            f"<body><h1>{title}</h1><div class=\"content\">{paragraphs}{inside}</div></body></html>")


def html_deep_nesting() -> str:
    depth = 100_000
    return "<!doctype html><html><body>" + "<div>" * depth + html_page("deep") + "</div>" * depth + "</body></html>"


def markdown_doc(tag: str, extra: str, front: str = "") -> str:
    lines = doc_lines(tag)
    return f"{front}# {lines[0]}\n\n" + "\n\n".join(lines[1:4]) + f"\n\n{extra}\n\n" + "\n\n".join(lines[4:]) + "\n"


LAUGHS = "\n".join(
    ["lol0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    + [f"lol{level}: &l{level} [{', '.join([f'*l{level - 1}'] * 10)}]" for level in range(1, 9)]
)  # lol8 stands for 10**9 strings


def xss_text() -> str:
    title = f"关于做好{BREAKOUT}{JINJA}{TEXTAREA}工作的通知"
    lines = doc_lines("xss", title)
    lines.insert(4, f"会议强调{BREAKOUT}，要把{IMG_ONERROR}和{JINJA}以及{TEXTAREA}等工作落到实处。")
    return "\n".join(lines) + "\n"


def big_text(size: int) -> str:
    lines = doc_lines("big")
    paragraph_text = "各级党组织要把创先争优活动与当前各项中心工作紧密结合起来，做到两手抓、两不误，确保活动取得实效。"
    body, written, index = [], 0, 0
    while written < size:
        line = f"{index}．{paragraph_text}"
        body.append(line)
        written += len(line.encode("utf-8")) + 1
        index += 1
    return "\n".join(lines[:4] + body + lines[4:]) + "\n"


# --- links and odd paths ------------------------------------------------------------------------

def symlink_to_outside_file(folder: Path) -> Path:
    secret = _secret(folder)
    batch = folder / "batch"
    _write(batch, "good.txt", doc("symlink-file"))
    (batch / "leak.txt").symlink_to(os.path.relpath(secret, batch))
    return batch


def symlinked_folder(folder: Path) -> Path:
    outside = folder / "outside"
    _write(outside, "secret.txt", doc("SECRET", title=f"{SECRET_MARKER}内部通知"))
    batch = folder / "batch"
    _write(batch, "good.txt", doc("symlink-folder"))
    (batch / "linked").symlink_to(os.path.relpath(outside, batch), target_is_directory=True)
    return batch


def symlink_to_device(folder: Path) -> Path:
    link = folder / "zero.txt"
    link.symlink_to("/dev/zero")
    return link


def fifo_named_txt(folder: Path) -> Path:
    path = folder / "pipe.txt"
    os.mkfifo(path)
    return path


def directory_named_txt(folder: Path) -> Path:
    path = folder / "目录.txt"
    path.mkdir()
    return path


def malformed_docx_batch(folder: Path) -> Path:
    batch = folder / "batch"
    _write(batch, "good.txt", doc("batch"))
    _write(batch, "not-a-zip.docx", doc("not-a-zip"))
    docx_without_document(batch)
    docx_not_xml(batch)
    _write(batch, "truncated.docx", docx_bytes("truncated")[:300])
    return batch


# --- hand-edited pages --------------------------------------------------------------------------

def valid_page() -> tuple[Path, Path]:
    """A page of the collection and the original it names, to start the page cases from."""
    pages = sorted((ROOT / "content").glob("*.md"), key=lambda path: path.name != PREFERRED_PAGE)
    for page in pages:
        match = re.match(r"\A---\n(.*?)\n---\n", page.read_text(encoding="utf-8"), re.S)
        meta = yaml.safe_load(match.group(1)) if match else None
        source = (meta or {}).get("source") or {}
        if source.get("file") and (ROOT / "sources" / Path(source["file"]).name).is_file():
            return page, ROOT / "sources" / Path(source["file"]).name
    raise FileNotFoundError("no page in content/ whose original is in sources/")


def copy_valid_page(content: Path) -> Path:
    page, original = valid_page()
    (content / "sources").mkdir(parents=True, exist_ok=True)
    shutil.copy2(page, content / page.name)
    shutil.copy2(original, content / "sources" / original.name)
    return content / page.name


def _base(content: Path) -> Path:
    return sorted(content.glob("*.md"))[0]


def set_field(text: str, key: str, value: str | None) -> str:
    """Replace a top-level front-matter field (its whole block) with `key: value`, or add it at the end."""
    front, body = text.split("\n---\n", 1)
    lines = front.split("\n")
    start = next((index for index, line in enumerate(lines) if line.startswith(f"{key}:")), None)
    new = [] if value is None else [f"{key}: {value}" if value != "" else f"{key}:"]
    if start is None:
        lines += new
    else:
        end = start + 1
        while end < len(lines) and (lines[end].startswith((" ", "- ")) or lines[end] == "-"):
            end += 1
        lines[start:end] = new
    return "\n".join(lines) + "\n---\n" + body


def set_source(text: str, key: str, value: str) -> str:
    return re.sub(rf"^  {key}: .*$", lambda _: f"  {key}: {value}", text, count=1, flags=re.M)


def edit(*changes: tuple[str, str | None]) -> Callable[[Path], Path]:
    """A page case: the valid page with front-matter fields set (a "source.x" key sets a field of source)."""
    def make(content: Path) -> Path:
        page = _base(content)
        text = page.read_text(encoding="utf-8")
        for key, value in changes:
            text = set_source(text, key.removeprefix("source."), value) if key.startswith("source.") else set_field(text, key, value)
        page.write_text(text, encoding="utf-8")
        return page
    return make


def rewrite(transform: Callable[[str], str | bytes]) -> Callable[[Path], Path]:
    def make(content: Path) -> Path:
        page = _base(content)
        result = transform(page.read_text(encoding="utf-8"))
        page.write_bytes(result.encode("utf-8") if isinstance(result, str) else result)
        return page
    return make


def append_body(extra: str) -> Callable[[Path], Path]:
    return rewrite(lambda text: text.rstrip("\n") + f"\n\n{extra}\n")


def page_named(name: str, page_id: str) -> Callable[[Path], Path]:
    def make(content: Path) -> Path:
        text = set_field(_base(content).read_text(encoding="utf-8"), "id", yaml_text(page_id))
        return _write(content, name, text)
    return make


def yaml_text(value) -> str:
    return yaml.safe_dump(value, allow_unicode=True, default_flow_style=True, width=10_000).removesuffix("\n...\n").strip()


def with_laughs(key: str) -> Callable[[Path], Path]:
    def transform(text: str) -> str:
        text = text.replace("---\n", f"---\n{LAUGHS}\n", 1)
        return set_field(text, key, "*l8")
    return rewrite(transform)


def without_closing_line(text: str) -> str:
    front, body = text.split("\n---\n", 1)
    return front + "\n" + body


def only_body(text: str) -> str:
    return text.split("\n---\n", 1)[1]


def source_symlink_to_secret(content: Path) -> Path:
    secret = _write(content.parent, "secret.txt", doc("SECRET", title=f"{SECRET_MARKER}内部通知"))
    link = content / "sources" / "leak.txt"
    link.symlink_to(os.path.relpath(secret, link.parent))
    return link


def huge_body() -> Callable[[Path], Path]:
    line = "各级党组织要把创先争优活动与当前各项中心工作紧密结合起来，做到两手抓、两不误，确保活动取得实效。"
    block = "\n\n".join(f"{index}．{line}" for index in range(2000))
    repeats = 50 * 1024 * 1024 // len(block.encode("utf-8")) + 1
    return rewrite(lambda text: text.rstrip("\n") + "\n\n" + "\n\n".join([block] * repeats) + "\n")


# --- the corpus ---------------------------------------------------------------------------------

def cases() -> list[BadInput]:
    I, P = "import", "page"
    phrase = "巩固学习实践活动成果"
    return [
        # empty, tiny and enormous texts
        BadInput("empty_file", I, raw("empty.txt", lambda: b""), "a file of zero bytes"),
        BadInput("whitespace_only", I, raw("blank.txt", lambda: " \n\t\r\n\u3000\u3000\n \n"), "only spaces, tabs, ideographic spaces and line ends"),
        BadInput("english_only", I, raw("english.txt", lambda: "Notice on strengthening the work.\nAll units shall comply.\n" * 20), "ASCII English text, no Chinese at all"),
        BadInput("one_mb_single_line", I, raw("oneline.txt", lambda: "".join(doc_lines("one-line")) * 1400), "1 MB of Chinese on one line, no newline anywhere"),
        BadInput("twenty_mb_text", I, raw("huge.txt", lambda: big_text(20 * 1024 * 1024)), "a 20 MB plain text"),
        BadInput("control_characters", I, raw("controls.txt", lambda: doc("controls").replace("同志们", "同\x00志\x1b[31m们\x7f\u202e\u2028\u200f")), "NUL, escape sequences, DEL, RTL override and line separator inside valid UTF-8"),
        # binary and broken encodings
        BadInput("binary_png_as_txt", I, raw("picture.txt", png_bytes), "a real PNG image named .txt", expect_exit=1),
        BadInput("binary_elf_as_txt", I, raw("program.txt", elf_bytes), "a real ELF executable named .txt", expect_exit=1),
        BadInput("invalid_utf8_bytes", I, raw("invalid-bytes.txt", invalid_utf8), "Chinese UTF-8 with a few invalid bytes inside", expect_exit=0, expect_pages=1, expect_warning=True, expect_text=phrase),
        BadInput("mixed_utf8_gb18030", I, raw("mixed.txt", mixed_utf8_gb18030), "first half UTF-8, second half GB18030", expect_exit=0, expect_pages=1, expect_warning=True, expect_text=phrase),
        BadInput("utf16le_without_bom", I, raw("utf16le.txt", lambda: doc("utf16le").encode("utf-16-le")), "UTF-16-LE with no byte-order mark", expect_exit=0, expect_pages=1, expect_text=phrase),
        BadInput("utf16le_with_bom", I, raw("utf16bom.txt", lambda: doc("utf16bom").encode("utf-16")), "UTF-16 with a byte-order mark", expect_text=phrase),
        BadInput("utf16be_with_bom", I, raw("utf16be.txt", lambda: b"\xfe\xff" + doc("utf16be").encode("utf-16-be")), "UTF-16-BE with a byte-order mark", expect_text=phrase),
        BadInput("utf32", I, raw("utf32.txt", lambda: doc("utf32").encode("utf-32")), "UTF-32 with a byte-order mark (its BOM starts like UTF-16-LE's)", expect_text=phrase),
        BadInput("gb18030", I, raw("gb18030.txt", lambda: doc("gb18030").encode("gb18030")), "GB18030, the usual encoding of old Chinese pages", expect_text=phrase),
        BadInput("big5", I, raw("big5.txt", lambda: "\n".join(TRADITIONAL_LINES).encode("big5")), "Big5 (a Traditional Chinese text)", expect_text="鞏固學習實踐"),
        BadInput("bom_then_garbage", I, raw("bom-garbage.txt", bom_then_garbage), "a UTF-8 byte-order mark followed by 4 kB of noise"),
        BadInput("crlf_line_ends", I, raw("crlf.txt", lambda: doc("crlf", newline="\r\n")), "Windows line ends", expect_text=phrase),
        BadInput("lone_cr_line_ends", I, raw("cr.txt", lambda: doc("cr", newline="\r")), "old Mac line ends (CR only)", expect_text=phrase),
        # file names
        BadInput("name_with_spaces", I, raw("讲话 稿 final version.txt", lambda: doc("spaces")), "a file name with spaces"),
        BadInput("name_chinese", I, raw("关于开展创先争优活动的讲话.txt", lambda: doc("chinese-name")), "a file name in Chinese"),
        BadInput("name_leading_dot", I, raw(".hidden.txt", lambda: doc("leading-dot")), "a hidden file name (leading dot)"),
        BadInput("name_with_dotdot", I, raw("..a..b...txt", lambda: doc("dotdot")), "'..' inside the file name"),
        BadInput("name_200_characters", I, raw("长" * 20 + "n" * 176 + ".txt", lambda: doc("long-name")), "a 200-character file name (Chinese and ASCII)"),
        BadInput("name_shell_metacharacters", I, raw("$(touch pwned);`touch pwned2`|&<>*?'\"!#.txt", lambda: doc("shell")), "shell metacharacters and quotes in the name"),
        BadInput("name_with_newline", I, raw("line\nbreak\tname.txt", lambda: doc("newline-name")), "a newline and a tab in the file name"),
        BadInput("suffix_uppercase", I, raw("NOTICE.TXT", lambda: doc("upper")), "upper-case suffix .TXT"),
        BadInput("suffix_unknown_rtf", I, raw("notice.rtf", lambda: "{\\rtf1\\ansi " + doc("rtf") + "}"), "an unsupported suffix (.rtf)", expect_exit=1),
        # not a file
        BadInput("directory_given", I, directory_named_txt, "a directory (named like a .txt file) instead of a file"),
        BadInput("path_missing", I, lambda folder: folder / "missing.txt", "a path that does not exist", expect_exit=1),
        BadInput("fifo_named_txt", I, fifo_named_txt, "a named pipe called .txt (reading it would wait forever)"),
        BadInput("symlink_to_device", I, symlink_to_device, "a symlink .txt pointing at /dev/zero (endless data)"),
        BadInput("symlink_to_outside_file", I, symlink_to_outside_file, "a folder with a symlink to a file outside it (a secret)", secret="secret.txt"),
        BadInput("symlinked_folder", I, symlinked_folder, "a folder with a symlink to a folder outside it", secret="outside/secret.txt"),
        # .docx
        BadInput("docx_not_a_zip", I, raw("not-a-zip.docx", lambda: doc("not-a-zip")), "a .docx that is plain text, not a zip", expect_exit=1),
        BadInput("docx_without_document_xml", I, docx_without_document, "a zip with no word/document.xml", expect_exit=1),
        BadInput("docx_document_not_xml", I, docx_not_xml, "word/document.xml that is not XML", expect_exit=1),
        BadInput("docx_truncated_zip", I, raw("truncated.docx", lambda: docx_bytes("truncated")[:300]), "a .docx cut off after 300 bytes", expect_exit=1),
        BadInput("docx_malformed_in_batch", I, malformed_docx_batch, "four malformed .docx files and a good .txt in one folder",
                 expect_exit=0, expect_pages=1, expect_output=r"imported", expect_named=("not-a-zip.docx", "no-document.docx", "not-xml.docx", "truncated.docx")),
        BadInput("docx_zip_bomb", I, docx_bomb, "word/document.xml inflates to 150 MB from a few hundred kB", expect_exit=1,
                 expect_output=r"too (large|big)|exceed|limit|uncompress|expand|bomb|\bsize\b|MB"),
        BadInput("docx_200k_paragraphs", I, docx_many_paragraphs, "a real .docx with 200,000 paragraphs"),
        BadInput("docx_external_entity", I, docx_external_entity, "document.xml declares an external entity reading a local file (XXE)", secret="secret.txt"),
        BadInput("docx_entity_expansion", I, docx_entity_expansion, "document.xml with nested internal entities (billion laughs)"),
        # .pdf
        BadInput("pdf_not_a_pdf", I, raw("fake.pdf", lambda: doc("fake-pdf")), "a .pdf that is a text file", expect_exit=1),
        BadInput("pdf_without_text_layer", I, raw("scan.pdf", pdf_empty_page), "a valid PDF whose only page has no text", expect_exit=1),
        BadInput("pdf_truncated", I, raw("truncated.pdf", pdf_truncated), "a PDF with a text layer, cut in half"),
        # HTML
        BadInput("html_script", I, raw("script.html", lambda: html_page("script", head=SCRIPT, inside=f"<p>{SCRIPT}&lt;script&gt;alert(1)&lt;/script&gt;</p>", title=f"&lt;script&gt;alert(1)&lt;/script&gt;{TITLE}")), "<script> in head and body, and entity-encoded script as text", xss=True),
        BadInput("html_img_onerror", I, raw("onerror.html", lambda: html_page("onerror", inside=f"<p>图片{IMG_ONERROR}<svg onload=alert(1)></svg></p>")), "event-handler attributes", xss=True),
        BadInput("html_javascript_links", I, raw("links.html", lambda: html_page("links", inside='<p><a href="javascript:alert(1)">详见附件</a><a href="JaVaScRiPt:alert(1)">原文</a><form action="javascript:alert(1)"><button formaction="javascript:alert(1)">提交</button></form></p>')), "javascript: links and form actions", xss=True),
        BadInput("html_iframe", I, raw("iframe.html", lambda: html_page("iframe", inside='<iframe src="javascript:alert(1)"></iframe><iframe srcdoc="<script>alert(1)</script>"></iframe>')), "iframes with javascript: and srcdoc", xss=True),
        BadInput("html_style", I, raw("style.html", lambda: html_page("style", head="<style>body{background:url(javascript:alert(1))}</style>", inside='<p style="x:expression(alert(1))">样式</p>')), "<style> and style attributes", xss=True),
        BadInput("html_base_href", I, raw("base.html", lambda: html_page("base", head='<base href="//evil.example/"><meta http-equiv="refresh" content="0;url=javascript:alert(1)">')), "<base href> and a meta refresh", xss=True),
        BadInput("html_deep_nesting", I, raw("deep.html", html_deep_nesting), "100,000 nested <div> elements"),
        BadInput("html_entity_encoded_script_text", I, raw("encoded.html", lambda: html_page("encoded", inside="<p>&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt; &#60;a href=&#34;javascript:alert(1)&#34;&#62;链接&#60;/a&#62;</p>")), "markup written as entities: text that becomes markup if unescaped twice", xss=True),
        # Markdown originals
        BadInput("md_javascript_link", I, raw("jslink.md", lambda: markdown_doc("md-js", "详见[附件](javascript:alert(1))。")), "an inline javascript: link", xss=True),
        BadInput("md_reference_javascript", I, raw("jsref.md", lambda: markdown_doc("md-ref", "详见[附件][r]。\n\n[r]: javascript:alert(1)")), "a reference-style javascript: link", xss=True),
        BadInput("md_script_tag", I, raw("script.md", lambda: markdown_doc("md-script", f"{SCRIPT}\n\n{IMG_ONERROR}")), "raw <script> and <img onerror> in Markdown", xss=True),
        BadInput("md_data_url_image", I, raw("dataurl.md", lambda: markdown_doc("md-data", "![图](data:text/html,<script>alert(1)</script>)")), "an image whose URL is data:text/html", xss=True),
        BadInput("md_vbscript_link", I, raw("vbs.md", lambda: markdown_doc("md-vbs", "[附件](vbscript:msgbox(1))")), "a vbscript: link", xss=True),
        BadInput("md_front_matter_yaml_bomb", I, raw("laughs.md", lambda: markdown_doc("md-laughs", "", front=f"---\n{LAUGHS}\ntitle: *l8\n---\n")), "the title in a Markdown original's front matter is a YAML alias bomb"),
        BadInput("md_xss_title_in_front_matter", I, raw("xss-front.md", lambda: markdown_doc("md-xss", f"正文{SCRIPT}", front=f"---\ntitle: '{BREAKOUT}{JINJA}{TITLE}'\n---\n")), "an XSS and template payload as the front-matter title", xss=True),
        # duplicates and collisions
        BadInput("duplicate_under_two_names", I, raw("copy.txt", lambda: doc("duplicate")), "the same document imported again under another name",
                 first=raw("original.txt", lambda: doc("duplicate")), expect_pages=1, expect_output=r"duplicat|same (document|text|content)|identical|already imported"),
        BadInput("same_stem_txt_then_html", I, raw("a.html", lambda: html_page("same-stem-html", title="关于进一步加强基层党组织建设的通知")), "a.txt imported, then a different document a.html",
                 first=raw("a.txt", lambda: doc("same-stem-txt")), expect_pages=2),
        BadInput("boilerplate_only", I, raw("chrome.txt", lambda: "首页 > 新闻中心 > 通知公告\n打印本页 关闭窗口\n【字体：大 中 小】\n责任编辑：张三\n版权所有：某某县人民政府 技术支持：某某网络公司\n上一篇 下一篇\n"), "nothing but a portal's chrome"),
        BadInput("xss_in_title_and_body", I, raw("xss.txt", xss_text), "script, attribute breakout, Jinja and </textarea> in the title line and body", xss=True),
        # hand-edited pages: dates and titles
        BadInput("page_date_month_13", P, edit(("date", "2020-13-45")), "date: 2020-13-45, unquoted (YAML reads it as a timestamp)"),
        BadInput("page_date_feb_30", P, edit(("date", "2020-02-30")), "date: 2020-02-30, unquoted"),
        BadInput("page_date_quoted_feb_30", P, edit(("date", "'2020-02-30'")), "date: '2020-02-30', quoted"),
        BadInput("page_date_99999", P, edit(("date", "99999")), "date: 99999"),
        BadInput("page_title_empty", P, edit(("title", "")), "title: with no value"),
        BadInput("page_title_list", P, edit(("title", "[甲, 乙]")), "title is a list"),
        BadInput("page_title_xss", P, edit(("title", yaml_text(BREAKOUT + JINJA + TEXTAREA + "讲话"))), "title holds script, breakout, Jinja and </textarea>", xss=True),
        # front matter structure
        BadInput("page_missing_front_matter", P, rewrite(only_body), "no front matter at all"),
        BadInput("page_front_matter_not_closed", P, rewrite(without_closing_line), "front matter without its closing ---"),
        BadInput("page_front_matter_invalid_yaml", P, edit(("title", '"unterminated: [')), "front matter that is not valid YAML"),
        BadInput("page_front_matter_list", P, rewrite(lambda text: "---\n- id\n- title\n---\n" + only_body(text)), "front matter that is a list, not a mapping"),
        BadInput("page_yaml_python_tag", P, edit(("title", '!!python/object/apply:os.system ["touch pwned"]')), "a YAML tag that would run a command if loaded unsafely"),
        BadInput("page_yaml_bomb_new_field", P, with_laughs("laughs"), "billion-laughs aliases in an unknown field"),
        BadInput("page_yaml_bomb_in_themes", P, with_laughs("themes"), "billion-laughs aliases as themes"),
        BadInput("page_yaml_bomb_in_unit", P, with_laughs("unit"), "billion-laughs aliases as unit (an error message must not print it)"),
        # facet values that are paths
        BadInput("page_theme_dot", P, edit(("themes", "['.']")), "themes: ['.']"),
        BadInput("page_theme_dotdot", P, edit(("themes", "['..']")), "themes: ['..']"),
        BadInput("page_unit_dotdot", P, edit(("unit", "'..'")), "unit: '..'"),
        BadInput("page_unit_slash", P, edit(("unit", "'/'")), "unit: '/'"),
        BadInput("page_unit_empty", P, edit(("unit", "''")), "unit: ''"),
        BadInput("page_genre_traversal", P, edit(("genre", "'../../x'")), "genre: '../../x'"),
        BadInput("page_theme_300_chars", P, edit(("themes", yaml_text(["主题" * 150]))), "a 300-character theme (900 bytes, longer than a file name may be)"),
        BadInput("page_theme_nul", P, edit(("themes", '["创先\\0争优"]')), "a theme holding a NUL character"),
        BadInput("page_theme_newline", P, edit(("themes", '["创先\\n争优"]')), "a theme holding a newline"),
        BadInput("page_theme_index_html", P, edit(("themes", "[index.html]")), "a theme named index.html (its folder would be the facet's own page)"),
        BadInput("page_unit_xss", P, edit(("unit", yaml_text(SCRIPT + "县委"))), "a unit holding a script tag", xss=True),
        # fields of the wrong type
        BadInput("page_extracted_from_int", P, edit(("extracted_from", "5")), "extracted_from: 5"),
        BadInput("page_warnings_int", P, edit(("warnings", "5")), "warnings: 5"),
        BadInput("page_warnings_int_list", P, edit(("warnings", "[1, 2]")), "warnings: [1, 2]"),
        BadInput("page_byline_text", P, edit(("byline", "'text'")), "byline: 'text' instead of a list"),
        BadInput("page_repairs_negative", P, edit(("repairs", "-1")), "repairs: -1"),
        BadInput("page_imported_words", P, edit(("imported", "yesterday")), "imported: yesterday (not a time)"),
        BadInput("page_imported_local_time", P, edit(("imported", "'2026-12-05 09:00'")), "imported: a local time without T and Z"),
        BadInput("page_complete_yes", P, edit(("complete", "'yes'")), "complete: 'yes' (a text, not a boolean)"),
        BadInput("page_extra_field", P, edit(("reviewer", "张三")), "an unknown extra field (allowed)", expect_exit=0),
        # source
        BadInput("page_source_etc_passwd", P, edit(("source.file", "../../../etc/passwd")), "source.file: ../../../etc/passwd"),
        BadInput("page_source_protocol_relative", P, edit(("source.file", "//other.site/x")), "source.file: //other.site/x", forbid_link=r"other\.site"),
        BadInput("page_source_offsite_real_name", P, lambda content: edit(("source.file", "//other.site/" + next((content / "sources").iterdir()).name))(content),
                 "source.file: //other.site/<the real original's name>, which exists in sources/", forbid_link=r"other\.site"),
        BadInput("page_source_dotdot_inside", P, edit(("source.file", "sources/../../x")), "source.file: sources/../../x"),
        BadInput("page_source_sha_wrong", P, edit(("source.sha256", "0" * 64)), "source.sha256 does not match the original"),
        BadInput("page_source_symlink_to_secret", P, source_symlink_to_secret, "a symlink in sources/ to a file outside the content folder", secret="../secret.txt"),
        # ids and file names
        BadInput("page_id_mismatch", P, edit(("id", "another-page")), "id differs from the file name"),
        BadInput("page_named_dotdot_md", P, page_named("..md", "."), "a page file named ..md (id '.')"),
        BadInput("page_named_dot_md", P, page_named(".md", ".md"), "a page file named .md"),
        BadInput("page_not_utf8", P, rewrite(lambda text: text.encode("gb18030")), "a page saved as GB18030"),
        # bodies
        BadInput("page_body_javascript_link", P, append_body("[x](javascript:alert(1))"), "an inline javascript: link", xss=True),
        BadInput("page_body_script", P, append_body(SCRIPT), "a <script> block", xss=True),
        BadInput("page_body_img_onerror", P, append_body(IMG_ONERROR), "an <img onerror>", xss=True),
        BadInput("page_body_reference_javascript", P, append_body("[x][r]\n\n[r]: javascript:alert(1)"), "a reference-style javascript: link", xss=True),
        BadInput("page_body_mixed_case_javascript", P, append_body("[x](JaVaScRiPt:alert(1))"), "JaVaScRiPt: in mixed case", xss=True),
        BadInput("page_body_entity_tab_javascript", P, append_body("[x](java&#x09;script:alert(1))"), "java&#x09;script: (an entity-encoded tab the URL parser drops)", xss=True),
        BadInput("page_body_autolink_javascript", P, append_body("<javascript:alert(1)>"), "an autolink <javascript:alert(1)>", xss=True),
        BadInput("page_body_data_url_image", P, append_body("![x](data:text/html,<script>alert(1)</script>)"), "an image with a data:text/html URL", xss=True),
        BadInput("page_body_vbscript_link", P, append_body("[x](vbscript:msgbox(1))"), "a vbscript: link", xss=True),
        BadInput("page_body_50_mb", P, huge_body(), "a 50 MB body"),
    ]
