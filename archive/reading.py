"""Stage 1: read a raw source file (plain text, saved HTML page or .docx) into text."""
from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import yaml
from charset_normalizer import from_bytes

from .records import RawDocument

TEXT_SUFFIXES = {".txt", ".text"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
DOCX_SUFFIXES = {".docx"}
PDF_SUFFIXES = {".pdf"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES | DOCX_SUFFIXES | PDF_SUFFIXES
MARKDOWN_COMMENT = re.compile(r"<!--.*?-->", re.S)
MARKDOWN_FRONT_MATTER = re.compile(r"\A\ufeff?---\s*\n(.*?)\n---\s*\n", re.S)
MARKDOWN_LINE_MARKS = re.compile(r"^\s{0,3}(#{1,6}\s+|>\s?|[-*+]\s+(?=\S))")
MARKDOWN_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")

# Containers that hold the article on saved pages, most specific first.
ARTICLE_SELECTORS = ("article", "[itemprop=articleBody]", "#content", ".content", ".article", "main", "#article")
CHROME_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "button", "select")
TITLE_SEPARATORS = re.compile(r"\s*(?:_|\||｜|\s-\s|\s–\s|\s—\s|--)\s*")
MIN_TITLE_SEGMENT = 6
BLOCK_TAGS = ("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "br", "section", "article", "blockquote")


class SourceError(ValueError):
    """A source file cannot be imported; str() names the file and the problem."""

    def __init__(self, path: Path, problem: str):
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


def read_source(path: Path) -> RawDocument:
    """Read one source file; raise SourceError naming the file and the problem."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise SourceError(path, f"unsupported file type {suffix or '(none)'}; expected .txt, .md, .html, .docx or .pdf")
    data = path.read_bytes()
    if not data.strip():
        raise SourceError(path, "the file is empty")
    if suffix in DOCX_SUFFIXES:
        return RawDocument(path, data, docx_text(path, data), "docx", "docx")
    if suffix in PDF_SUFFIXES:
        return RawDocument(path, data, pdf_text(path, data), "pdf", "pdf")
    text, encoding = decode(path, data)
    if suffix in HTML_SUFFIXES:
        body, hints = html_text(text)
        return RawDocument(path, data, body, encoding, "html", hints)
    if suffix in MARKDOWN_SUFFIXES:
        body, hints = markdown_text(text)
        return RawDocument(path, data, body, encoding, "markdown", hints)
    return RawDocument(path, data, text, encoding, "text")


def markdown_text(markup: str) -> tuple[str, tuple[str, ...]]:
    """The text of a Markdown document (as law repositories keep them), and the title its front matter declares.

    Heading, quote, list and emphasis marks are dropped; a YAML front matter
    block (---) is not text: its title is a hint for the title choice.
    """
    hints: tuple[str, ...] = ()
    if match := MARKDOWN_FRONT_MATTER.match(markup):
        try:
            front = yaml.safe_load(match.group(1))
        except yaml.YAMLError:
            front = None
        if isinstance(front, dict):
            markup = markup[match.end():]
            hints = tuple(str(front[key]).strip() for key in ("title", "name") if front.get(key))
    lines = MARKDOWN_COMMENT.sub("", markup).splitlines()
    return "\n".join(MARKDOWN_EMPHASIS.sub(r"\2", MARKDOWN_LINE_MARKS.sub("", line)) for line in lines), hints


def decode(path: Path, data: bytes) -> tuple[str, str]:
    """Decode bytes of unknown encoding (UTF-8/16 with or without BOM, GB18030, Big5)."""
    for bom, encoding in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return data.decode(encoding), encoding
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if b"\x00" in data[:4096] and not _looks_like_utf16(data):
        raise SourceError(path, "binary data, not a text document")
    best = from_bytes(data, cp_isolation=["gb18030", "big5", "utf_16_le", "utf_16_be", "cp1252"]).best()
    if best is None:
        raise SourceError(path, "cannot determine the text encoding (binary data?)")
    encoding = "gb18030" if best.encoding in {"gb2312", "gbk"} else best.encoding
    text = str(best)
    if _mostly_unreadable(text):
        raise SourceError(path, f"decoded as {encoding} but the result is not readable text")
    return text, encoding


def _looks_like_utf16(data: bytes) -> bool:
    sample = data[:4096]
    return sample[1::2].count(0) > len(sample) // 4 or sample[0::2].count(0) > len(sample) // 4


def _mostly_unreadable(text: str) -> bool:
    readable = sum(1 for char in text if char.isprintable() or char in "\r\n\t")
    han = sum(1 for char in text if "\u4e00" <= char <= "\u9fff")
    return readable < 0.95 * len(text) or han == 0


def html_text(markup: str) -> tuple[str, tuple[str, ...]]:
    """The article of a saved web page as lines of text, and the titles the page declares (<h1>, <title>).

    The portal's metadata table is kept (one row a line, cells apart) for the
    cleaning stage to read; other page chrome is dropped.
    """
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(markup, "html.parser")
    heading, page_title = soup.find("h1"), soup.find("title")
    hints = tuple(
        hint for hint in (
            heading.get_text(" ", strip=True) if heading else "",
            _first_title_segment(page_title.get_text(" ", strip=True)) if page_title else "",
        ) if hint
    )
    for tag in soup(CHROME_TAGS):
        tag.decompose()
    container = _article_container(soup)
    outside = [table for table in soup.find_all("table") if not any(parent is container for parent in table.parents)]
    parts = [_block_text(table) for table in outside if _is_metadata_table(table)] + [_block_text(container)]
    lines = [line.strip() for part in parts for line in part.splitlines()]
    if heading and heading.get_text(" ", strip=True) and not any(line == hints[0] for line in lines):
        lines.insert(0, hints[0])
    return "\n".join(line for line in lines if line), hints


def _block_text(element) -> str:
    for tag in element.find_all(BLOCK_TAGS):
        tag.insert_before("\n")
        tag.insert_after("\n")
    for cell in element.find_all(("td", "th")):
        cell.insert_after(" ")
    return element.get_text()


def _is_metadata_table(table) -> bool:
    """A portal's table of 索引号/发文机关/成文日期 above the article, outside the article's container."""
    from . import rules

    text = table.get_text(" ", strip=True)
    return len(rules.portal_labels().pattern.findall(text)) >= 3


def _first_title_segment(page_title: str) -> str:
    """The document's part of a <title> such as 标题_通知公告_某某省人民政府网 or 标题 - 某某网."""
    segments = [segment.strip() for segment in TITLE_SEPARATORS.split(page_title) if segment.strip()]
    return segments[0] if segments and len(segments[0]) >= MIN_TITLE_SEGMENT else page_title


def _article_container(soup):
    candidates = [found for selector in ARTICLE_SELECTORS for found in soup.select(selector)]
    candidates = [found for found in candidates if len(found.get_text(strip=True)) > 50]
    if candidates:
        return max(candidates, key=lambda found: len(found.get_text(strip=True)))
    return soup.body or soup


def docx_text(path: Path, data: bytes) -> str:
    """The paragraphs of a Word document, one a line, with table rows in their place."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as error:
        raise SourceError(path, f"not a readable .docx file ({error})") from error
    lines = []
    for child in document.element.body.iterchildren():
        if child.tag.endswith("}p"):
            lines.append(Paragraph(child, document).text)
        elif child.tag.endswith("}tbl"):
            for row in Table(child, document).rows:
                cells = dict.fromkeys(cell.text.strip() for cell in row.cells)  # merged cells repeat
                lines.append(" ".join(cell for cell in cells if cell))
    return "\n".join(lines)


def pdf_text(path: Path, data: bytes) -> str:
    """The text layer of a PDF, page after page (a scanned PDF without one is refused, not guessed at)."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise SourceError(path, "the PDF is encrypted")
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, TypeError) as error:
        raise SourceError(path, f"not a readable PDF ({error})") from error
    text = "\n".join(pages)
    if not re.search(r"[\u3400-\u9fff]", text):
        raise SourceError(path, "the PDF has no Chinese text layer (a scanned image? run OCR first)")
    return text